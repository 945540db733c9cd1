import {
	createTerritoryEndpoint,
	listTerritoriesEndpoint
} from '$lib/server/modules/territories/api-contracts';
import { createTerritory } from '$lib/server/modules/territories/create-territory';
import { listTerritories } from '$lib/server/modules/territories/list-territories';
import { presentTerritory } from '$lib/server/modules/territories/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listTerritoriesEndpoint, async ({ query, event }) => {
	const list = await listTerritories(useCaseContext(event), query);
	return {
		territories: list.territories.map(presentTerritory),
		page: list.page,
		hasMore: list.hasMore
	};
});

export const POST = apiHandler(createTerritoryEndpoint, async ({ body, event }) =>
	presentTerritory(await createTerritory(useCaseContext(event), body))
);
