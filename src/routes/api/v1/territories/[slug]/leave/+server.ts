import { leaveTerritoryEndpoint } from '$lib/server/modules/territories/api-contracts';
import { leaveTerritory } from '$lib/server/modules/territories/leave-territory';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(leaveTerritoryEndpoint, async ({ params, event }) => {
	await leaveTerritory(useCaseContext(event), params);
	return {};
});
