import { eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput } from '../../platform/validation';
import type { MilestoneRow } from './load-roadmap-plan';
import { checkMilestone, milestoneColumns, writeDependencies } from './milestone-checks';
import { milestoneFields } from './solution-input';
import { milestonesTable } from './solution-schema';
import { isoToday, lockSolutionAt, solutionAddress, solutionTarget } from './solution-target';

export const createMilestoneInput = milestoneFields.extend(solutionAddress.shape);
export type CreateMilestoneOptions = z.input<typeof createMilestoneInput>;

/**
 * Adds a milestone at the end of a solution. It has no baseline until the solution's
 * baseline is frozen again: the baseline records what was promised at the freeze.
 */
export async function createMilestone(
	ctx: UseCaseContext,
	input: CreateMilestoneOptions
): Promise<MilestoneRow> {
	const target = await solutionTarget(ctx, input, 'plan.edit');
	const options = parseInput(createMilestoneInput, input);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		// Locked so that a period changed meanwhile cannot leave the new milestone outside.
		const solution = await lockSolutionAt(tx, target.solution.id);
		await checkMilestone(tx, solution, null, options, isoToday(now));
		const [last] = await tx
			.select({ position: max(milestonesTable.position) })
			.from(milestonesTable)
			.where(eq(milestonesTable.solutionId, solution.id));
		const [milestone] = await tx
			.insert(milestonesTable)
			.values({
				territoryId: solution.territoryId,
				solutionId: solution.id,
				...milestoneColumns(options),
				position: (last?.position ?? -1) + 1,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!milestone) {
			throw new Error('The milestone insert returned no row.');
		}
		await writeDependencies(tx, milestone.id, options.dependsOn);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.create-milestone',
				territoryId: solution.territoryId,
				targetType: 'milestone',
				targetId: milestone.id,
				summary: {
					solution: solution.title,
					title: milestone.title,
					plannedStart: milestone.plannedStart,
					plannedEnd: milestone.plannedEnd,
					dependencies: options.dependsOn.length
				}
			}
		);
		return milestone;
	});
}
