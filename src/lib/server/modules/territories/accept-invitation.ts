import { eq } from 'drizzle-orm';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { AppError, conflict, unauthenticated } from '../../platform/errors';
import { getInvitation, type InvitationView } from './get-invitation';
import { strongest } from './policy';
import { findMembership } from './queries';
import { invitationsTable, membershipsTable } from './schema';

/**
 * The signed-in person accepts an invitation sent to their email address (compared
 * without case). A member who already has a higher role keeps it.
 */
export async function acceptInvitation(
	ctx: UseCaseContext,
	options: { token: string }
): Promise<InvitationView> {
	const actor = ctx.actor;
	if (actor.kind !== 'user') {
		throw unauthenticated();
	}
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const invitation = await getInvitation({ ...ctx, db: tx }, options);
		if (invitation.state !== 'pending') {
			throw conflict(`territories_invitation_${invitation.state}`);
		}
		if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
			// Says which account to use without revealing the invited address.
			throw new AppError('forbidden', 'territories_invitation_other_email');
		}
		const membership = await findMembership(tx, invitation.territory.id, actor.userId);
		const role = strongest(membership?.role ?? null, invitation.role) ?? invitation.role;
		if (membership) {
			await tx.update(membershipsTable).set({ role }).where(eq(membershipsTable.id, membership.id));
		} else {
			await tx.insert(membershipsTable).values({
				territoryId: invitation.territory.id,
				userId: actor.userId,
				role,
				createdAt: now
			});
		}
		await tx
			.update(invitationsTable)
			.set({ acceptedAt: now })
			.where(eq(invitationsTable.id, invitation.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'territories.accept-invitation',
				territoryId: invitation.territory.id,
				targetType: 'invitation',
				targetId: invitation.id,
				summary: { role }
			}
		);
		return { ...invitation, state: 'accepted', role };
	});
}
