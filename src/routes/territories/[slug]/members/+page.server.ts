import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	changeMemberRole,
	changeMemberRoleInput
} from '$lib/server/modules/territories/change-member-role';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { inviteMember, inviteMemberInput } from '$lib/server/modules/territories/invite-member';
import { leaveTerritory } from '$lib/server/modules/territories/leave-territory';
import { listInvitations } from '$lib/server/modules/territories/list-invitations';
import { listMembers } from '$lib/server/modules/territories/list-members';
import { can } from '$lib/server/modules/territories/policy';
import { removeMember, removeMemberInput } from '$lib/server/modules/territories/remove-member';
import {
	revokeInvitation,
	revokeInvitationInput
} from '$lib/server/modules/territories/revoke-invitation';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const notices = ['invited', 'revoked', 'role-changed', 'removed'] as const;
type Notice = (typeof notices)[number];
const asNotice = (value: string | null): Notice | null =>
	notices.find((notice) => notice === value) ?? null;

export const load: PageServerLoad = async (event) => {
	const actor = signInRequired(event);
	const ctx = useCaseContext(event);
	try {
		const details = await getTerritory(ctx, { slug: event.params.slug });
		const members = await listMembers(ctx, { slug: event.params.slug });
		const invitations = details.allowed.invite
			? await listInvitations(ctx, { slug: event.params.slug })
			: [];
		return {
			territory: { slug: details.territory.slug, name: details.territory.name },
			me: actor.userId,
			isMember: details.standing.role !== null,
			allowed: {
				...details.allowed,
				inviteOwnerOrEditor: can(actor, 'member.invite-owner-or-editor', details.standing)
			},
			members: members.map((member) => ({ ...member, since: member.since.toISOString() })),
			invitations: invitations.map((invitation) => ({
				id: invitation.id,
				email: invitation.email,
				role: invitation.role,
				expiresAt: invitation.expiresAt.toISOString()
			})),
			notice: asNotice(event.url.searchParams.get('notice'))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const back = (event: RequestEvent, notice: Notice): never =>
	redirect(303, localizeHref(`/territories/${event.params.slug}/members?notice=${notice}`));

export const actions: Actions = {
	invite: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, inviteMemberInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await inviteMember(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug,
				requestOrigin: event.url.origin
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		return back(event, 'invited');
	},
	revoke: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, revokeInvitationInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await revokeInvitation(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		return back(event, 'revoked');
	},
	changeRole: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, changeMemberRoleInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await changeMemberRole(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		return back(event, 'role-changed');
	},
	remove: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, removeMemberInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await removeMember(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		return back(event, 'removed');
	},
	leave: async (event) => {
		signInRequired(event);
		try {
			await leaveTerritory(useCaseContext(event), { slug: event.params.slug });
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}?notice=left`));
	}
};
