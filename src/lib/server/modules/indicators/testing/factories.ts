import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/client';
import { pilotActionsTable } from '../../roadmap/schema';
import { solutionsTable } from '../../roadmap/solution-schema';
import type { TerritoryRow } from '../../territories/queries';
import type { CreateIndicatorInput } from '../create-indicator';

const unique = (): string => randomBytes(4).toString('hex');

export type SolutionRow = typeof solutionsTable.$inferSelect;
export type PilotRow = typeof pilotActionsTable.$inferSelect;

/**
 * A solution row written directly: the roadmap module owns the real use cases, the
 * indicators only need a solution to follow.
 */
export async function buildSolution(
	db: DbOrTx,
	options: { territory: TerritoryRow; title?: string; published?: boolean }
): Promise<SolutionRow> {
	const [solution] = await db
		.insert(solutionsTable)
		.values({
			territoryId: options.territory.id,
			title: options.title ?? `Solution ${unique()}`,
			startsOn: '2025-01-01',
			endsOn: '2027-12-31',
			published: options.published ?? false
		})
		.returning();
	if (!solution) {
		throw new Error('buildSolution: the insert returned nothing');
	}
	return solution;
}

/** A pilot action row written directly, for the same reason. */
export async function buildPilot(
	db: DbOrTx,
	options: { territory: TerritoryRow; title?: string }
): Promise<PilotRow> {
	const [pilot] = await db
		.insert(pilotActionsTable)
		.values({
			territoryId: options.territory.id,
			title: options.title ?? `Pilot action ${unique()}`,
			areaLevel: 'city',
			sectorLevel: 'service',
			amplitude: 'pilot-project',
			lever: 'communication'
		})
		.returning();
	if (!pilot) {
		throw new Error('buildPilot: the insert returned nothing');
	}
	return pilot;
}

/** Valid input for createIndicator on a solution; tests override what they check. */
export function indicatorInput(
	territory: TerritoryRow,
	solution: { id: string },
	overrides: Partial<CreateIndicatorInput> = {}
): CreateIndicatorInput {
	return {
		slug: territory.slug,
		solutionId: solution.id,
		libraryIndicatorId: 'b4-online-procedures-share',
		title: 'Administrative procedures completed online',
		family: 'technical-optimisation',
		unit: '% of procedures',
		valueKind: 'percent',
		direction: 'higher',
		method: 'Procedures filed online divided by all procedures filed.',
		baselineValue: 20,
		baselineOn: '2025-01-01',
		targetValue: 60,
		targetOn: '2027-01-01',
		frequency: 'quarterly',
		source: 'Case management tool',
		published: true,
		...overrides
	};
}
