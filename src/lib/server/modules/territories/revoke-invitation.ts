import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { notFound } from '../../platform/errors';
import { uuid } from '../../platform/validation';
import { assertCan, standingIn } from './policy';
import { territoryBySlugOrNotFound } from './queries';
import { invitationsTable } from './schema';

export const revokeInvitationInput = z.object({ id: uuid });
export type RevokeInvitationOptions = z.input<typeof revokeInvitationInput> & { slug: string };

/** Cancels a pending invitation: its link stops working. */
export async function revokeInvitation(
	ctx: UseCaseContext,
	options: RevokeInvitationOptions
): Promise<void> {
	const input = revokeInvitationInput.parse(options);
	await ctx.db.transaction(async (tx) => {
		const territory = await territoryBySlugOrNotFound(tx, options.slug);
		assertCan(ctx.actor, 'member.invite', await standingIn(tx, ctx.actor, territory.id));
		const [revoked] = await tx
			.update(invitationsTable)
			.set({ revokedAt: clock(ctx) })
			.where(
				and(
					eq(invitationsTable.id, input.id),
					eq(invitationsTable.territoryId, territory.id),
					isNull(invitationsTable.acceptedAt),
					isNull(invitationsTable.revokedAt)
				)
			)
			.returning({ id: invitationsTable.id });
		if (!revoked) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'territories.revoke-invitation',
				territoryId: territory.id,
				targetType: 'invitation',
				targetId: revoked.id
			}
		);
	});
}
