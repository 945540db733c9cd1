import type { DbOrTx } from '../../../../platform/db/client';
import { milestonesTable, solutionsTable } from '../../../roadmap/solution-schema';
import type { TerritoryRow } from '../../../territories/queries';
import { indicatorsTable, measurementsTable } from '../../schema';

type SolutionInsert = typeof solutionsTable.$inferInsert;
type MilestoneInsert = typeof milestonesTable.$inferInsert;
type IndicatorInsert = typeof indicatorsTable.$inferInsert;

/** Rows written directly, for read-side tests: the write use cases are tested elsewhere. */
export async function insertSolution(
	db: DbOrTx,
	territory: TerritoryRow,
	values: Partial<SolutionInsert> = {}
) {
	const [row] = await db
		.insert(solutionsTable)
		.values({
			territoryId: territory.id,
			title: 'Shared e-administration network',
			startsOn: '2026-01-01',
			endsOn: '2027-06-30',
			...values
		})
		.returning();
	if (!row) {
		throw new Error('insertSolution: no row returned');
	}
	return row;
}

export async function insertMilestone(
	db: DbOrTx,
	solution: { id: string; territoryId: string },
	values: Partial<MilestoneInsert> = {}
) {
	const [row] = await db
		.insert(milestonesTable)
		.values({
			territoryId: solution.territoryId,
			solutionId: solution.id,
			title: 'Steering and framing',
			plannedStart: '2026-01-15',
			plannedEnd: '2026-03-31',
			...values
		})
		.returning();
	if (!row) {
		throw new Error('insertMilestone: no row returned');
	}
	return row;
}

export async function insertIndicator(
	db: DbOrTx,
	territory: TerritoryRow,
	values: Partial<IndicatorInsert> & ({ solutionId: string } | { pilotActionId: string })
) {
	const [row] = await db
		.insert(indicatorsTable)
		.values({
			territoryId: territory.id,
			title: 'Online procedures used',
			family: 'social-inclusion',
			unit: '%',
			valueKind: 'percent',
			direction: 'higher',
			...values
		})
		.returning();
	if (!row) {
		throw new Error('insertIndicator: no row returned');
	}
	return row;
}

export async function insertMeasurement(
	db: DbOrTx,
	indicator: { id: string; territoryId: string },
	values: { value: number; measuredOn: string; correctsId?: string }
) {
	const [row] = await db
		.insert(measurementsTable)
		.values({
			territoryId: indicator.territoryId,
			indicatorId: indicator.id,
			source: 'Test register',
			channel: 'form',
			enteredByName: 'Test',
			...values
		})
		.returning();
	if (!row) {
		throw new Error('insertMeasurement: no row returned');
	}
	return row;
}
