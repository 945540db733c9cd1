import { revokeInvitationEndpoint } from '$lib/server/modules/territories/api-contracts';
import { revokeInvitation } from '$lib/server/modules/territories/revoke-invitation';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const DELETE = apiHandler(revokeInvitationEndpoint, async ({ params, event }) => {
	await revokeInvitation(useCaseContext(event), params);
	return {};
});
