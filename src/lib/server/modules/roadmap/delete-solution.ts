import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { solutionsTable } from './solution-schema';
import { lockSolutionAt, solutionTarget, type SolutionAddress } from './solution-target';

/** Deletes a solution sheet; its milestones, dependencies and links go with it (cascade). */
export async function deleteSolution(ctx: UseCaseContext, input: SolutionAddress): Promise<void> {
	const target = await solutionTarget(ctx, input, 'plan.delete');
	await ctx.db.transaction(async (tx) => {
		const solution = await lockSolutionAt(tx, target.solution.id);
		await tx.delete(solutionsTable).where(eq(solutionsTable.id, solution.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-solution',
				territoryId: target.territory.id,
				targetType: 'solution',
				targetId: solution.id,
				summary: { title: solution.title }
			}
		);
	});
}
