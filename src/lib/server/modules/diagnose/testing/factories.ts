import type { DbOrTx } from '../../../platform/db/client';
import type { TerritoryRow } from '../../territories/queries';
import type { AssessmentFile } from '../assessment-schema';
import type { RoundRow } from '../round-target';
import { consolidateScores } from '../score-answers';
import { assessmentRoundsTable, assessmentSharingTable } from '../schema';
import type { ScoreSharing } from '../sharing';

/** Answers every question of `assessment` with its option at `index` (0: weakest; clamped). */
export function answering(assessment: AssessmentFile, index: number): Record<string, string> {
	return Object.fromEntries(
		assessment.dimensions.flatMap((dimension) =>
			dimension.questions.map((question) => [
				question.id,
				(question.options[Math.min(index, question.options.length - 1)] ?? question.options[0])
					?.id ?? ''
			])
		)
	);
}

/** Inserts a closed round whose one respondent answered every question with option `index`. */
export async function buildClosedRound(
	db: DbOrTx,
	options: { territory: TerritoryRow; assessment: AssessmentFile; index: number; closedAt?: Date }
): Promise<RoundRow> {
	const closedAt = options.closedAt ?? new Date();
	const [round] = await db
		.insert(assessmentRoundsTable)
		.values({
			territoryId: options.territory.id,
			assessmentId: options.assessment.id,
			periodStart: '2026-01-01',
			periodEnd: '2026-03-31',
			status: 'closed',
			openedAt: closedAt,
			closedAt,
			results: consolidateScores(options.assessment, [answering(options.assessment, options.index)])
		})
		.returning();
	if (!round) {
		throw new Error('buildClosedRound: the insert returned nothing');
	}
	return round;
}

/** Sets what a territory shares, directly (no audit entry). */
export async function shareScores(
	db: DbOrTx,
	territory: TerritoryRow,
	sharing: ScoreSharing
): Promise<void> {
	await db
		.insert(assessmentSharingTable)
		.values({ territoryId: territory.id, ...sharing })
		.onConflictDoUpdate({ target: assessmentSharingTable.territoryId, set: sharing });
}
