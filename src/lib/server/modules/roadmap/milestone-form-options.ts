import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { territoryMembers, type MemberChoice } from './get-solution';
import { milestonesTable, solutionsTable } from './solution-schema';
import { solutionTarget, type SolutionAddress, type SolutionTarget } from './solution-target';

export interface MilestoneFormOptions extends SolutionTarget {
	members: MemberChoice[];
	/** The territory's milestones a milestone may wait for, labelled with their solution. */
	milestones: { id: string; label: string }[];
}

/** What the milestone form offers; only for those who may edit the solution. */
export async function getMilestoneFormOptions(
	ctx: UseCaseContext,
	input: SolutionAddress
): Promise<MilestoneFormOptions> {
	const target = await solutionTarget(ctx, input, 'plan.edit');
	const rows = await ctx.db
		.select({
			id: milestonesTable.id,
			title: milestonesTable.title,
			solution: solutionsTable.title
		})
		.from(milestonesTable)
		.innerJoin(solutionsTable, eq(solutionsTable.id, milestonesTable.solutionId))
		.where(eq(milestonesTable.territoryId, target.territory.id))
		.orderBy(asc(solutionsTable.position), asc(milestonesTable.position));
	return {
		...target,
		members: await territoryMembers(ctx.db, target.territory.id),
		milestones: rows.map((row) => ({ id: row.id, label: `${row.solution} — ${row.title}` }))
	};
}
