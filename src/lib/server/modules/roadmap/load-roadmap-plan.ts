import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { usersTable } from '../accounts/schema';
import { roadmapProgress, solutionProgress } from './progress';
import { milestoneDependenciesTable, milestonesTable, solutionsTable } from './solution-schema';

export type SolutionRow = typeof solutionsTable.$inferSelect;
export type MilestoneRow = typeof milestonesTable.$inferSelect;

export interface PlanMilestone extends MilestoneRow {
	responsibleName: string | null;
	/** Ids of the milestones this one waits for. */
	dependsOn: string[];
}

export interface PlanSolution extends SolutionRow {
	progress: number | null;
	milestones: PlanMilestone[];
}

export interface RoadmapPlan {
	solutions: PlanSolution[];
	progress: number | null;
}

/**
 * A territory's solutions with their milestones (in order), dependencies and progress —
 * what the Gantt chart, the exports and the progress page all draw from. It does not
 * authorize: callers check the plan policy (or, for the public page, ask for published
 * solutions only).
 */
export async function loadRoadmapPlan(
	db: DbOrTx,
	territoryId: string,
	options: { publishedOnly?: boolean } = {}
): Promise<RoadmapPlan> {
	const solutions = await db
		.select()
		.from(solutionsTable)
		.where(
			options.publishedOnly
				? and(eq(solutionsTable.territoryId, territoryId), eq(solutionsTable.published, true))
				: eq(solutionsTable.territoryId, territoryId)
		)
		.orderBy(asc(solutionsTable.position), asc(solutionsTable.createdAt));
	if (solutions.length === 0) {
		return { solutions: [], progress: null };
	}
	const solutionIds = solutions.map((solution) => solution.id);
	const milestones = await db
		.select({ milestone: milestonesTable, responsibleName: usersTable.displayName })
		.from(milestonesTable)
		.leftJoin(usersTable, eq(usersTable.id, milestonesTable.responsibleId))
		.where(inArray(milestonesTable.solutionId, solutionIds))
		.orderBy(
			asc(milestonesTable.position),
			asc(milestonesTable.plannedStart),
			asc(milestonesTable.createdAt)
		);
	const milestoneIds = milestones.map((row) => row.milestone.id);
	const dependencies =
		milestoneIds.length === 0
			? []
			: await db
					.select()
					.from(milestoneDependenciesTable)
					.where(inArray(milestoneDependenciesTable.milestoneId, milestoneIds));
	const dependsOn = new Map<string, string[]>();
	for (const { milestoneId, dependsOnId } of dependencies) {
		dependsOn.set(milestoneId, [...(dependsOn.get(milestoneId) ?? []), dependsOnId]);
	}
	const planned = solutions.map((solution): PlanSolution => {
		const own = milestones
			.filter((row) => row.milestone.solutionId === solution.id)
			.map((row): PlanMilestone => ({
				...row.milestone,
				responsibleName: row.responsibleName,
				dependsOn: dependsOn.get(row.milestone.id) ?? []
			}));
		return { ...solution, milestones: own, progress: solutionProgress(own) };
	});
	return { solutions: planned, progress: roadmapProgress(planned) };
}
