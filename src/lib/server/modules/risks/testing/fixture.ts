import type { Database } from '../../../platform/db/client';
import { pilotFixture, type PilotFixture } from '../../roadmap/testing/fixture';
import { startRiskContent } from '../content';
import { buildPilot, buildSolution, type PilotRow, type SolutionRow } from './factories';

export interface RiskFixture extends PilotFixture {
	solution: SolutionRow;
	pilot: PilotRow;
	otherSolution: SolutionRow;
}

/**
 * The roadmap's fixture (a territory with one person per role, a stranger, the parent's
 * owner, platform staff, content loaded and practices synced), the risk taxonomy, and a
 * solution and a pilot action in the territory and a solution in another territory.
 */
export async function riskFixture(database: Database): Promise<RiskFixture> {
	const f = await pilotFixture(database);
	await startRiskContent('content');
	return {
		...f,
		solution: await buildSolution(database.db, {
			territory: f.territory,
			title: 'Pooled cybersecurity'
		}),
		pilot: await buildPilot(database.db, {
			territory: f.territory,
			title: 'Awareness sessions in five municipalities'
		}),
		otherSolution: await buildSolution(database.db, { territory: f.other })
	};
}
