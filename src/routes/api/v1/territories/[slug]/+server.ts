import {
	getTerritoryEndpoint,
	updateTerritoryEndpoint
} from '$lib/server/modules/territories/api-contracts';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import {
	presentTerritory,
	presentTerritoryDetails
} from '$lib/server/modules/territories/presenters';
import { updateTerritory } from '$lib/server/modules/territories/update-territory';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getTerritoryEndpoint, async ({ params, event }) =>
	presentTerritoryDetails(await getTerritory(useCaseContext(event), params))
);

/** Only the fields sent change: absent keys stay absent through the contract's parsing. */
export const PATCH = apiHandler(updateTerritoryEndpoint, async ({ params, body, event }) =>
	presentTerritory(await updateTerritory(useCaseContext(event), { ...body, slug: params.slug }))
);
