import { indicatorLibraryEndpoint } from '$lib/server/modules/indicators/api-contracts';
import { libraryView } from '$lib/server/modules/indicators/library';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(indicatorLibraryEndpoint, async ({ query }) =>
	libraryView(query.lang)
);
