import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import type { SolutionRow } from './load-roadmap-plan';
import { milestonesTable, solutionsTable } from './solution-schema';
import { lockSolutionAt, solutionAddress, solutionTarget } from './solution-target';

export const freezeBaselineInput = solutionAddress.extend({
	/** Freezing again replaces the baseline the plan was measured against: asked explicitly. */
	refreeze: z.boolean().default(false)
});
export type FreezeBaselineOptions = z.input<typeof freezeBaselineInput>;

/**
 * Copies the planned dates of every milestone of a solution into their baseline and notes
 * when. Later changes of planned dates leave the baseline as it was, so the Gantt chart
 * shows how far the plan drifted. A second freeze must say `refreeze: true`; both are
 * audited with the number of milestones frozen. The sheet's version is left alone: the
 * freeze changes no field someone may be editing.
 */
export async function freezeBaseline(
	ctx: UseCaseContext,
	input: FreezeBaselineOptions
): Promise<SolutionRow> {
	const target = await solutionTarget(ctx, input, 'plan.govern');
	const options = parseInput(freezeBaselineInput, input);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const before = await lockSolutionAt(tx, target.solution.id);
		if (before.baselineFrozenAt && !options.refreeze) {
			throw invalid({ refreeze: 'plan_error_refreeze_confirm' }, 'plan_error_refreeze_confirm');
		}
		const frozen = await tx
			.update(milestonesTable)
			.set({
				baselineStart: sql`${milestonesTable.plannedStart}`,
				baselineEnd: sql`${milestonesTable.plannedEnd}`
			})
			.where(eq(milestonesTable.solutionId, before.id))
			.returning({ id: milestonesTable.id });
		const [solution] = await tx
			.update(solutionsTable)
			.set({ baselineFrozenAt: now, updatedAt: now })
			.where(eq(solutionsTable.id, before.id))
			.returning();
		if (!solution) {
			throw new Error('The solution update returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: before.baselineFrozenAt ? 'roadmap.refreeze-baseline' : 'roadmap.freeze-baseline',
				territoryId: target.territory.id,
				targetType: 'solution',
				targetId: solution.id,
				summary: {
					title: solution.title,
					milestones: frozen.length,
					previousFreeze: before.baselineFrozenAt?.toISOString() ?? null
				}
			}
		);
		return solution;
	});
}
