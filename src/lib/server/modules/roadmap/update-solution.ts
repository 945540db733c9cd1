import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import type { SolutionRow } from './load-roadmap-plan';
import { milestonesOutside } from './milestone-rules';
import { solutionFields, versionNumber } from './solution-input';
import { checkSolutionLinks, solutionColumns, writeSolutionAmbitions } from './solution-links';
import { milestonesTable, solutionsTable } from './solution-schema';
import { lockSolutionAt, solutionAddress, solutionTarget } from './solution-target';

export const updateSolutionInput = solutionFields.extend({
	...solutionAddress.shape,
	version: versionNumber
});
export type UpdateSolutionOptions = z.input<typeof updateSolutionInput>;

/**
 * Replaces a solution sheet. `version` is the one the editor started from: if someone
 * saved in between, nothing is written and the answer is 409. A new period that would
 * leave milestones outside it is refused: move the milestones first.
 */
export async function updateSolution(
	ctx: UseCaseContext,
	input: UpdateSolutionOptions
): Promise<SolutionRow> {
	// The address first: a malformed one is not found, and a refusal says nothing of the input.
	const target = await solutionTarget(ctx, input, 'plan.edit');
	const options = parseInput(updateSolutionInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockSolutionAt(tx, target.solution.id, options.version);
		await checkSolutionLinks(tx, target.territory.id, options);
		const milestones = await tx
			.select({
				id: milestonesTable.id,
				plannedStart: milestonesTable.plannedStart,
				plannedEnd: milestonesTable.plannedEnd
			})
			.from(milestonesTable)
			.where(eq(milestonesTable.solutionId, before.id));
		const outside = milestonesOutside(milestones, options);
		if (outside.length > 0) {
			throw invalid({
				startsOn: 'plan_error_period_excludes_milestones',
				endsOn: 'plan_error_period_excludes_milestones'
			});
		}
		const columns = solutionColumns(options);
		const [solution] = await tx
			.update(solutionsTable)
			.set({ ...columns, version: before.version + 1, updatedAt: clock(ctx) })
			.where(eq(solutionsTable.id, before.id))
			.returning();
		if (!solution) {
			throw new Error('The solution update returned no row.');
		}
		await writeSolutionAmbitions(tx, solution.id, options.ambitionIds);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.update-solution',
				territoryId: target.territory.id,
				targetType: 'solution',
				targetId: solution.id,
				summary: { ...diff(before, columns), ambitions: options.ambitionIds.length }
			}
		);
		return solution;
	});
}
