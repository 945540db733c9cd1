import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { localizeUrl } from '$lib/paraglide/runtime';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { config } from '../../platform/config';
import { translate } from '../../platform/i18n/messages';
import { sendMail } from '../../platform/mail/send-mail';
import { hashToken, newToken } from '../../platform/secrets';
import { email } from '../../platform/validation';
import { roleInput } from './inputs';
import { assertCan, standingIn } from './policy';
import { territoryBySlugOrNotFound } from './queries';
import { invitationsTable } from './schema';

export const inviteMemberInput = z.object({ email, role: roleInput });
export type InviteMemberOptions = z.input<typeof inviteMemberInput> & {
	slug: string;
	/** The request's origin; used for the link only when the ORIGIN setting is missing. */
	requestOrigin: string;
};

export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export type InvitationRow = typeof invitationsTable.$inferSelect;

/**
 * Invites an email address to a territory with a role, by a mailed single-use link.
 * Owners invite any role; editors invite contributors and viewers. A pending invitation
 * of the same address to the same territory is replaced.
 */
export async function inviteMember(
	ctx: UseCaseContext,
	options: InviteMemberOptions
): Promise<InvitationRow> {
	const input = inviteMemberInput.parse(options);
	const now = clock(ctx);
	const token = newToken();
	return ctx.db.transaction(async (tx) => {
		const territory = await territoryBySlugOrNotFound(tx, options.slug);
		const standing = await standingIn(tx, ctx.actor, territory.id);
		assertCan(ctx.actor, 'member.invite', standing);
		if (input.role === 'owner' || input.role === 'editor') {
			assertCan(ctx.actor, 'member.invite-owner-or-editor', standing);
		}
		await tx
			.update(invitationsTable)
			.set({ revokedAt: now })
			.where(
				and(
					eq(invitationsTable.territoryId, territory.id),
					eq(sql`lower(${invitationsTable.email})`, input.email.toLowerCase()),
					isNull(invitationsTable.acceptedAt),
					isNull(invitationsTable.revokedAt)
				)
			);
		const [invitation] = await tx
			.insert(invitationsTable)
			.values({
				territoryId: territory.id,
				email: input.email,
				role: input.role,
				tokenHash: hashToken(token),
				invitedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
				createdAt: now,
				expiresAt: new Date(now.getTime() + invitationLifetimeMs)
			})
			.returning();
		if (!invitation) {
			throw new Error('inviteMember: the insert returned nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'territories.invite-member',
				territoryId: territory.id,
				targetType: 'invitation',
				targetId: invitation.id,
				summary: { role: input.role }
			}
		);
		// ORIGIN first: the Host header is the client's choice (see request-password-reset).
		const origin = config().ORIGIN ?? options.requestOrigin;
		const link = localizeUrl(new URL(`/invitations/${token}`, origin)).href;
		const inviter = ctx.actor.kind === 'user' ? ctx.actor.displayName : translate('app_name');
		const role = translate(`territories_role_${input.role}`);
		// Inside the transaction: if the mail cannot be queued or sent, no invitation exists.
		await sendMail(
			{ ...ctx, db: tx },
			{
				to: input.email,
				subject: translate('territories_invitation_mail_subject', { territory: territory.name }),
				text: translate('territories_invitation_mail_body', {
					inviter,
					territory: territory.name,
					role,
					link
				})
			}
		);
		return invitation;
	});
}
