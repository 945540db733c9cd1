import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/client';
import { pilotActionsTable } from '../../roadmap/schema';
import { solutionsTable } from '../../roadmap/solution-schema';
import type { TerritoryRow } from '../../territories/queries';
import type { CreateRiskOptions } from '../create-risk';

export type SolutionRow = typeof solutionsTable.$inferSelect;
export type PilotRow = typeof pilotActionsTable.$inferSelect;

const unique = (): string => randomBytes(4).toString('hex');

/**
 * A solution row written directly: the roadmap module owns the solution use cases, the
 * risk register only needs rows to hang risks on.
 */
export async function buildSolution(
	db: DbOrTx,
	options: { territory: TerritoryRow; title?: string }
): Promise<SolutionRow> {
	const [solution] = await db
		.insert(solutionsTable)
		.values({
			territoryId: options.territory.id,
			title: options.title ?? `Solution ${unique()}`,
			startsOn: '2026-01-01',
			endsOn: '2027-12-31'
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
			sectorLevel: 'administration',
			amplitude: 'pilot-project',
			lever: 'communication'
		})
		.returning();
	if (!pilot) {
		throw new Error('buildPilot: the insert returned nothing');
	}
	return pilot;
}

/** Valid input for createRisk on a solution; tests override what they check. */
export function riskInput(
	territory: TerritoryRow,
	solution: SolutionRow,
	overrides: Partial<CreateRiskOptions> = {}
): CreateRiskOptions {
	return {
		slug: territory.slug,
		solutionId: solution.id,
		taxonomyRiskId: 'financial-burden-lack-of-resources',
		description: 'Small municipalities have no staff to give to the network.',
		likelihood: 4,
		impact: 3,
		...overrides
	};
}
