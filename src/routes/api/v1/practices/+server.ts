import { searchPracticesEndpoint } from '$lib/server/modules/catalogue/api-contracts';
import { presentPracticeSummary } from '$lib/server/modules/catalogue/api-presenters';
import { searchPractices } from '$lib/server/modules/catalogue/search-practices';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(searchPracticesEndpoint, async ({ query, event }) => {
	const result = await searchPractices(useCaseContext(event), query);
	return {
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		items: result.items.map(presentPracticeSummary),
		facets: result.facets
	};
});
