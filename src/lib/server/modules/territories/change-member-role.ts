import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { uuid } from '../../platform/validation';
import { roleInput } from './inputs';
import { assertCan, standingIn } from './policy';
import { anotherOwnerRemains, findMembership, territoryBySlugOrNotFound } from './queries';
import { membershipsTable } from './schema';

export const changeMemberRoleInput = z.object({ userId: uuid, role: roleInput });
export type ChangeMemberRoleOptions = z.input<typeof changeMemberRoleInput> & { slug: string };

/** Owners change a member's role; the last owner cannot be demoted. */
export async function changeMemberRole(
	ctx: UseCaseContext,
	options: ChangeMemberRoleOptions
): Promise<void> {
	const input = changeMemberRoleInput.parse(options);
	await ctx.db.transaction(async (tx) => {
		const territory = await territoryBySlugOrNotFound(tx, options.slug);
		assertCan(ctx.actor, 'member.manage', await standingIn(tx, ctx.actor, territory.id));
		const membership = await findMembership(tx, territory.id, input.userId);
		if (!membership) {
			throw notFound();
		}
		if (membership.role === input.role) {
			return;
		}
		if (!(await anotherOwnerRemains(tx, territory.id, membership.role, input.role))) {
			throw conflict('territories_error_last_owner', { role: 'territories_error_last_owner' });
		}
		await tx
			.update(membershipsTable)
			.set({ role: input.role })
			.where(
				and(
					eq(membershipsTable.territoryId, territory.id),
					eq(membershipsTable.userId, input.userId)
				)
			);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'territories.change-member-role',
				territoryId: territory.id,
				targetType: 'member',
				targetId: input.userId,
				summary: { role: [membership.role, input.role] }
			}
		);
	});
}
