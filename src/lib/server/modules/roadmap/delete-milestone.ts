import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { milestonesTable } from './solution-schema';
import { milestoneTarget, type MilestoneAddress } from './solution-target';

/** Deletes a milestone; what depended on it no longer waits for it (cascade). */
export async function deleteMilestone(ctx: UseCaseContext, input: MilestoneAddress): Promise<void> {
	const target = await milestoneTarget(ctx, input, 'plan.delete');
	await ctx.db.transaction(async (tx) => {
		const deleted = await tx
			.delete(milestonesTable)
			.where(eq(milestonesTable.id, target.milestone.id))
			.returning({ id: milestonesTable.id });
		if (deleted.length === 0) {
			return;
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-milestone',
				territoryId: target.territory.id,
				targetType: 'milestone',
				targetId: target.milestone.id,
				summary: { solution: target.solution.title, title: target.milestone.title }
			}
		);
	});
}
