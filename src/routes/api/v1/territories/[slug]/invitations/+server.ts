import {
	inviteMemberEndpoint,
	listInvitationsEndpoint
} from '$lib/server/modules/territories/api-contracts';
import { inviteMember } from '$lib/server/modules/territories/invite-member';
import { listInvitations } from '$lib/server/modules/territories/list-invitations';
import { presentInvitation } from '$lib/server/modules/territories/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listInvitationsEndpoint, async ({ params, event }) => ({
	invitations: (await listInvitations(useCaseContext(event), params)).map(presentInvitation)
}));

export const POST = apiHandler(inviteMemberEndpoint, async ({ params, body, event }) =>
	presentInvitation(
		await inviteMember(useCaseContext(event), {
			...body,
			slug: params.slug,
			requestOrigin: event.url.origin
		})
	)
);
