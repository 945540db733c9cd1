import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { uuid } from '../../platform/validation';
import { assertCan, standingIn } from './policy';
import { anotherOwnerRemains, findMembership, territoryBySlugOrNotFound } from './queries';
import { membershipsTable } from './schema';

export const removeMemberInput = z.object({ userId: uuid });
export type RemoveMemberOptions = z.input<typeof removeMemberInput> & { slug: string };

/**
 * Ends a membership: an owner removing someone (`member.manage`), or anyone leaving
 * (`leaveTerritory`). Either way a territory always keeps at least one owner.
 */
export async function removeMember(
	ctx: UseCaseContext,
	options: RemoveMemberOptions
): Promise<void> {
	const input = removeMemberInput.parse(options);
	const leaving = ctx.actor.kind === 'user' && ctx.actor.userId === input.userId;
	await ctx.db.transaction(async (tx) => {
		const territory = await territoryBySlugOrNotFound(tx, options.slug);
		assertCan(
			ctx.actor,
			leaving ? 'member.leave' : 'member.manage',
			await standingIn(tx, ctx.actor, territory.id)
		);
		const membership = await findMembership(tx, territory.id, input.userId);
		if (!membership) {
			throw notFound();
		}
		if (!(await anotherOwnerRemains(tx, territory.id, membership.role, null))) {
			throw conflict('territories_error_last_owner');
		}
		await tx
			.delete(membershipsTable)
			.where(
				and(
					eq(membershipsTable.territoryId, territory.id),
					eq(membershipsTable.userId, input.userId)
				)
			);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: leaving ? 'territories.leave-territory' : 'territories.remove-member',
				territoryId: territory.id,
				targetType: 'member',
				targetId: input.userId,
				summary: { role: membership.role }
			}
		);
	});
}
