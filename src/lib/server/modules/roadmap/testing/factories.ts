import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/client';
import type { ConsolidatedScore } from '../../diagnose/score-answers';
import { assessmentRoundsTable } from '../../diagnose/schema';
import { stakeholdersTable } from '../../ecosystem/schema';
import type { TerritoryRow } from '../../territories/queries';
import type { CreatePilotActionOptions } from '../create-pilot-action';

const unique = (): string => randomBytes(4).toString('hex');

export type StakeholderRow = typeof stakeholdersTable.$inferSelect;
export type RoundRow = typeof assessmentRoundsTable.$inferSelect;

/**
 * A stakeholder row written directly: the ecosystem module owns the real use cases, the
 * pilot actions only need rows to link to.
 */
export async function buildStakeholder(
	db: DbOrTx,
	options: { territory: TerritoryRow; name?: string; category?: string }
): Promise<StakeholderRow> {
	const [stakeholder] = await db
		.insert(stakeholdersTable)
		.values({
			territoryId: options.territory.id,
			name: options.name ?? `Stakeholder ${unique()}`,
			category: options.category ?? 'local-authority',
			influence: 3,
			interest: 4
		})
		.returning();
	if (!stakeholder) {
		throw new Error('buildStakeholder: the insert returned nothing');
	}
	return stakeholder;
}

/**
 * A closed round with its team's results given as a level per dimension (the score is the
 * middle of a plausible band); dimensions not named have no score.
 */
export async function buildClosedRound(
	db: DbOrTx,
	options: {
		territory: TerritoryRow;
		assessmentId?: string;
		levels: Record<string, number>;
		periodStart?: string;
		periodEnd?: string;
	}
): Promise<RoundRow> {
	const dimensions = Object.entries(options.levels).map(([dimensionId, level]) => ({
		dimensionId,
		score: level * 20 - 10,
		level,
		respondents: 3,
		spread: 10
	}));
	const results: ConsolidatedScore = { dimensions, overall: 30, level: 2, respondents: 3 };
	const [round] = await db
		.insert(assessmentRoundsTable)
		.values({
			territoryId: options.territory.id,
			assessmentId: options.assessmentId ?? 'cybersecurity',
			periodStart: options.periodStart ?? '2026-01-01',
			periodEnd: options.periodEnd ?? '2026-03-31',
			status: 'closed',
			closedAt: new Date('2026-04-01T09:00:00Z'),
			results
		})
		.returning();
	if (!round) {
		throw new Error('buildClosedRound: the insert returned nothing');
	}
	return round;
}

/** Valid input for createPilotAction; tests override what they check. */
export function pilotInput(
	territory: TerritoryRow,
	overrides: Partial<CreatePilotActionOptions> = {}
): CreatePilotActionOptions {
	return {
		slug: territory.slug,
		title: 'Cybersecurity awareness sessions in five municipalities',
		summary: 'Short sessions for staff and elected members, before pooling tools.',
		areaLevel: 'district',
		areaName: 'Five volunteer municipalities',
		sectorLevel: 'service',
		sectorName: 'Information systems',
		amplitude: 'pilot-project',
		lever: 'communication',
		tool: 'Workshops and a phishing exercise',
		dataSteps: ['collect', 'analyse'],
		targetUsers: 'Municipal staff and elected members',
		obstacles: 'Little interest in the question',
		scalingConditions: 'Trainers from the Campus Cyber for every municipality',
		...overrides
	};
}
