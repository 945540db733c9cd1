import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../../platform/db/client';
import type { TerritoryRow } from '../../../territories/queries';
import { milestoneDependenciesTable, milestonesTable, solutionsTable } from '../../solution-schema';

const unique = (): string => randomBytes(4).toString('hex');

export type SolutionRow = typeof solutionsTable.$inferSelect;
export type MilestoneRow = typeof milestonesTable.$inferSelect;

/**
 * Solutions and milestones written directly: the solution forms and their use cases are
 * another part of the roadmap module; the Gantt chart and its files only need rows.
 */
export async function buildSolution(
	db: DbOrTx,
	options: { territory: TerritoryRow } & Partial<typeof solutionsTable.$inferInsert>
): Promise<SolutionRow> {
	const { territory, ...fields } = options;
	const [solution] = await db
		.insert(solutionsTable)
		.values({
			title: `Solution ${unique()}`,
			startsOn: '2026-01-01',
			endsOn: '2026-12-31',
			...fields,
			territoryId: territory.id
		})
		.returning();
	if (!solution) {
		throw new Error('buildSolution: the insert returned nothing');
	}
	return solution;
}

export async function buildMilestone(
	db: DbOrTx,
	options: { solution: SolutionRow; dependsOn?: MilestoneRow[] } & Partial<
		typeof milestonesTable.$inferInsert
	>
): Promise<MilestoneRow> {
	const { solution, dependsOn = [], ...fields } = options;
	const [milestone] = await db
		.insert(milestonesTable)
		.values({
			title: `Milestone ${unique()}`,
			plannedStart: solution.startsOn,
			plannedEnd: solution.startsOn,
			...fields,
			territoryId: solution.territoryId,
			solutionId: solution.id
		})
		.returning();
	if (!milestone) {
		throw new Error('buildMilestone: the insert returned nothing');
	}
	if (dependsOn.length > 0) {
		await db
			.insert(milestoneDependenciesTable)
			.values(dependsOn.map((other) => ({ milestoneId: milestone.id, dependsOnId: other.id })));
	}
	return milestone;
}
