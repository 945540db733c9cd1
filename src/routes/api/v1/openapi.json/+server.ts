import { allEndpoints } from '$lib/server/api/contracts';
import { buildOpenApiDocument } from '$lib/server/api/openapi';
import { openApiEndpoint } from '$lib/server/api/platform-contracts';
import { apiHandler } from '$lib/server/platform/http/api';

// Built once per process: the contracts do not change while the server runs.
let document: Record<string, unknown> | undefined;

export const GET = apiHandler(openApiEndpoint, () => {
	document ??= buildOpenApiDocument(allEndpoints, '1.0.0');
	return Promise.resolve(document);
});
