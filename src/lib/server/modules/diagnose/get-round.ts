import { count, desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { parseInput } from '../../platform/validation';
import type { AssessmentFile } from './assessment-schema';
import { canRound } from './policy';
import {
	roundAddress,
	roundTarget,
	territoryFor,
	type RoundAddress,
	type RoundRow
} from './round-target';
import { consolidateScores, type Answers, type ConsolidatedScore } from './score-answers';
import { assessmentResponsesTable, assessmentRoundsTable } from './schema';
import { readOwnResponse } from './save-response';

export interface RoundView {
	round: RoundRow;
	assessment: AssessmentFile;
	/** Kept at closing; while open, computed from the answers saved so far. */
	results: ConsolidatedScore;
	/** People who saved at least one answer. */
	responses: number;
	ownAnswers: Answers;
	canAnswer: boolean;
	canManage: boolean;
}

/** A round with its team's scores, for its territory's members. */
export async function getRound(ctx: UseCaseContext, input: RoundAddress): Promise<RoundView> {
	const address = parseInput(roundAddress, input);
	const target = await roundTarget(ctx, address, 'round.view');
	const responses = await ctx.db
		.select({ answers: assessmentResponsesTable.answers })
		.from(assessmentResponsesTable)
		.where(eq(assessmentResponsesTable.roundId, target.round.id));
	return {
		round: target.round,
		assessment: target.assessment,
		results:
			target.round.results ??
			consolidateScores(
				target.assessment,
				responses.map((response) => response.answers)
			),
		responses: responses.length,
		ownAnswers: target.canAnswer ? await readOwnResponse(ctx, target.round.id) : {},
		canAnswer: target.canAnswer && target.round.status === 'open',
		canManage: target.canManage
	};
}

export interface RoundSummary {
	round: RoundRow;
	responses: number;
}

/** A territory's rounds, newest first, with how many people answered each. */
export async function listRounds(
	ctx: UseCaseContext,
	territorySlug: string
): Promise<{ rounds: RoundSummary[]; canManage: boolean }> {
	const { territory, standing } = await territoryFor(ctx, territorySlug, 'round.view');
	const rows = await ctx.db
		.select({ round: assessmentRoundsTable, responses: count(assessmentResponsesTable.id) })
		.from(assessmentRoundsTable)
		.leftJoin(
			assessmentResponsesTable,
			eq(assessmentResponsesTable.roundId, assessmentRoundsTable.id)
		)
		.where(eq(assessmentRoundsTable.territoryId, territory.id))
		.groupBy(assessmentRoundsTable.id)
		.orderBy(desc(assessmentRoundsTable.openedAt));
	return { rounds: rows, canManage: canRound(ctx.actor, 'round.manage', standing) };
}
