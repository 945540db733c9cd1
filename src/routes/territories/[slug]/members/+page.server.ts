import { type ActionFailure, fail, redirect } from '@sveltejs/kit';
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
import { failFromError, type FormFailure, parseForm } from '$lib/server/platform/http/form';
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

/** Which form failed, so the page shows its errors there and not in the invite form. */
type FormName = 'invite' | 'revoke' | 'changeRole' | 'remove' | 'leave';

/**
 * Tags a failure with its form. A row's role select has the id `field-role-<userId>`, so its
 * error is renamed to match and the error summary links to the right row.
 */
function failedIn(
	form: FormName,
	failure: ActionFailure<FormFailure>,
	rename: Record<string, string> = {}
): ActionFailure<FormFailure & { form: FormName }> {
	const errors = Object.fromEntries(
		Object.entries(failure.data.errors).map(([field, text]) => [rename[field] ?? field, text])
	);
	return fail(failure.status, { ...failure.data, errors, form });
}

const rowRole = (values: FormFailure['values']): Record<string, string> =>
	typeof values.userId === 'string' ? { role: `role-${values.userId}` } : {};

const back = (event: RequestEvent, notice: Notice): never =>
	redirect(303, localizeHref(`/territories/${event.params.slug}/members?notice=${notice}`));

export const actions: Actions = {
	invite: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, inviteMemberInput);
		if (!parsed.ok) {
			return failedIn('invite', parsed.failure);
		}
		try {
			await inviteMember(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug,
				requestOrigin: event.url.origin
			});
		} catch (error) {
			return failedIn('invite', failFromError(error, parsed.values));
		}
		return back(event, 'invited');
	},
	revoke: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, revokeInvitationInput);
		if (!parsed.ok) {
			return failedIn('revoke', parsed.failure);
		}
		try {
			await revokeInvitation(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failedIn('revoke', failFromError(error, parsed.values));
		}
		return back(event, 'revoked');
	},
	changeRole: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, changeMemberRoleInput);
		if (!parsed.ok) {
			return failedIn('changeRole', parsed.failure, rowRole(parsed.failure.data.values));
		}
		try {
			await changeMemberRole(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failedIn('changeRole', failFromError(error, parsed.values), rowRole(parsed.values));
		}
		return back(event, 'role-changed');
	},
	remove: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, removeMemberInput);
		if (!parsed.ok) {
			return failedIn('remove', parsed.failure);
		}
		try {
			await removeMember(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failedIn('remove', failFromError(error, parsed.values));
		}
		return back(event, 'removed');
	},
	leave: async (event) => {
		signInRequired(event);
		try {
			await leaveTerritory(useCaseContext(event), { slug: event.params.slug });
		} catch (error) {
			return failedIn('leave', failFromError(error, {}));
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}?notice=left`));
	}
};
