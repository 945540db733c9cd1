import { listMethodsEndpoint } from '$lib/server/modules/guide/api-contracts';
import { presentMethodSummary } from '$lib/server/modules/guide/api-presenters';
import { guideContent } from '$lib/server/modules/guide/content';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(listMethodsEndpoint, ({ query }) =>
	Promise.resolve({
		methods: guideContent().methods.map((method) => presentMethodSummary(method, query.lang))
	})
);
