import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { parseInput } from '../../platform/validation';
import type { MilestoneRow } from './load-roadmap-plan';
import { checkMilestone, milestoneColumns, writeDependencies } from './milestone-checks';
import { milestoneFields, versionNumber } from './solution-input';
import { milestonesTable } from './solution-schema';
import {
	isoToday,
	lockMilestoneAt,
	lockSolutionAt,
	milestoneAddress,
	milestoneTarget
} from './solution-target';

export const updateMilestoneInput = milestoneFields.extend({
	...milestoneAddress.shape,
	version: versionNumber
});
export type UpdateMilestoneOptions = z.input<typeof updateMilestoneInput>;

/**
 * Replaces a milestone's fields and dependencies. A stale `version` writes nothing (409),
 * so two people editing the same milestone never overwrite each other unknowingly. The
 * baseline is never touched here: only freezing the baseline writes it.
 */
export async function updateMilestone(
	ctx: UseCaseContext,
	input: UpdateMilestoneOptions
): Promise<MilestoneRow> {
	const target = await milestoneTarget(ctx, input, 'plan.edit');
	const options = parseInput(updateMilestoneInput, input);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const solution = await lockSolutionAt(tx, target.solution.id);
		const before = await lockMilestoneAt(tx, target.milestone.id, options.version);
		await checkMilestone(tx, solution, before.id, options, isoToday(now));
		const columns = milestoneColumns(options);
		const [milestone] = await tx
			.update(milestonesTable)
			.set({ ...columns, version: before.version + 1, updatedAt: now })
			.where(eq(milestonesTable.id, before.id))
			.returning();
		if (!milestone) {
			throw new Error('The milestone update returned no row.');
		}
		await writeDependencies(tx, milestone.id, options.dependsOn);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.update-milestone',
				territoryId: solution.territoryId,
				targetType: 'milestone',
				targetId: milestone.id,
				summary: { ...diff(before, columns), dependencies: options.dependsOn.length }
			}
		);
		return milestone;
	});
}
