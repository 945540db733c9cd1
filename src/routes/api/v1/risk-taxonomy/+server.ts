import { riskTaxonomyEndpoint } from '$lib/server/modules/risks/api-contracts';
import { presentTaxonomy } from '$lib/server/modules/risks/presenters';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(riskTaxonomyEndpoint, ({ query, event }) => {
	// Content changes only with a release: caches may keep it for an hour.
	event.setHeaders({ 'cache-control': 'public, max-age=3600' });
	return Promise.resolve(presentTaxonomy(query.lang));
});
