import { revokeApiTokenEndpoint } from '$lib/server/modules/accounts/api-contracts';
import { revokeApiToken } from '$lib/server/modules/accounts/revoke-api-token';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const DELETE = apiHandler(revokeApiTokenEndpoint, async ({ params, event }) => {
	await revokeApiToken(useCaseContext(event), params);
	return null;
});
