import { listPilotsEndpoint } from '$lib/server/modules/roadmap/api-contracts';
import { listPilotActions } from '$lib/server/modules/roadmap/list-pilot-actions';
import { presentPilotSummary } from '$lib/server/modules/roadmap/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listPilotsEndpoint, async ({ params, event }) => {
	const { pilots } = await listPilotActions(useCaseContext(event), params);
	return { pilots: pilots.map(presentPilotSummary) };
});
