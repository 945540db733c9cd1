import { getMeEndpoint } from '$lib/server/modules/accounts/api-contracts';
import { getProfile } from '$lib/server/modules/accounts/get-profile';
import { presentProfile } from '$lib/server/modules/accounts/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getMeEndpoint, async ({ event }) =>
	presentProfile(await getProfile(useCaseContext(event)))
);
