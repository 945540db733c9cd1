import { getPilotEndpoint } from '$lib/server/modules/roadmap/api-contracts';
import { getPilotAction } from '$lib/server/modules/roadmap/get-pilot-action';
import { presentPilotDetails } from '$lib/server/modules/roadmap/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getPilotEndpoint, async ({ params, query, event }) =>
	presentPilotDetails(
		await getPilotAction(useCaseContext(event), { ...params, locale: query.lang })
	)
);
