import { acceptInvitation } from '$lib/server/modules/territories/accept-invitation';
import { acceptInvitationEndpoint } from '$lib/server/modules/territories/api-contracts';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(acceptInvitationEndpoint, async ({ params, event }) => {
	const accepted = await acceptInvitation(useCaseContext(event), params);
	return {
		territory: { slug: accepted.territory.slug, name: accepted.territory.name },
		role: accepted.role
	};
});
