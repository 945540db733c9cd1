import { getMethodEndpoint } from '$lib/server/modules/guide/api-contracts';
import { presentMethodDetails } from '$lib/server/modules/guide/api-presenters';
import { methodOrNotFound } from '$lib/server/modules/guide/step-view';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(getMethodEndpoint, ({ params, query }) =>
	Promise.resolve(presentMethodDetails(methodOrNotFound(params.methodId), query.lang))
);
