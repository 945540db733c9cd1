import { eq } from 'drizzle-orm';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { lockOpenRound, roundAddress, roundTarget, type RoundAddress } from './round-target';
import { consolidateScores, type ConsolidatedScore } from './score-answers';
import { assessmentResponsesTable, assessmentRoundsTable } from './schema';

/**
 * Closes an open round and keeps the team's scores (score-answers.ts: the median of
 * the respondents per dimension). A round nobody has scored an answer in cannot close:
 * its results would be empty (400).
 */
export async function closeRound(
	ctx: UseCaseContext,
	input: RoundAddress
): Promise<ConsolidatedScore> {
	const address = parseInput(roundAddress, input);
	const target = await roundTarget(ctx, address, 'round.manage');
	return ctx.db.transaction(async (tx) => {
		await lockOpenRound(tx, target.round.id);
		const responses = await tx
			.select({ answers: assessmentResponsesTable.answers })
			.from(assessmentResponsesTable)
			.where(eq(assessmentResponsesTable.roundId, target.round.id));
		const results = consolidateScores(
			target.assessment,
			responses.map((response) => response.answers)
		);
		if (results.respondents === 0) {
			throw invalid({ form: 'diagnose_error_no_response' });
		}
		await tx
			.update(assessmentRoundsTable)
			.set({ status: 'closed', closedAt: clock(ctx), results })
			.where(eq(assessmentRoundsTable.id, target.round.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'diagnose.close-round',
				territoryId: target.territory.id,
				targetType: 'assessment-round',
				targetId: target.round.id,
				summary: { respondents: results.respondents, overall: results.overall }
			}
		);
		return results;
	});
}
