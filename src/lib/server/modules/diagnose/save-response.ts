import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid, unauthenticated } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { lockOpenRound, roundAddress, roundTarget } from './round-target';
import type { Answers } from './score-answers';
import { assessmentResponsesTable } from './schema';
import { validateAnswers } from './validate-answers';

export const saveResponseInput = roundAddress.extend({
	answers: z.record(z.string().max(60), z.unknown())
});
export type SaveResponseInput = z.input<typeof saveResponseInput>;

/**
 * Saves the actor's own answers to an open round, replacing what they saved before: each
 * respondent answers on their own, saves and comes back. A closed round takes no answer
 * (409). Nothing is written when any answer is invalid (400, by question).
 */
export async function saveResponse(
	ctx: UseCaseContext,
	input: SaveResponseInput
): Promise<{ answers: Answers }> {
	const options = parseInput(saveResponseInput, input);
	const target = await roundTarget(ctx, options, 'round.answer');
	if (ctx.actor.kind !== 'user') {
		throw unauthenticated();
	}
	const respondentId = ctx.actor.userId;
	const { answers, errors } = validateAnswers(target.assessment, options.answers);
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		await lockOpenRound(tx, target.round.id);
		await tx
			.insert(assessmentResponsesTable)
			.values({
				roundId: target.round.id,
				territoryId: target.territory.id,
				respondentId,
				answers,
				updatedAt: now
			})
			.onConflictDoUpdate({
				target: [assessmentResponsesTable.roundId, assessmentResponsesTable.respondentId],
				set: { answers, updatedAt: now }
			});
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'diagnose.save-response',
				territoryId: target.territory.id,
				targetType: 'assessment-round',
				targetId: target.round.id,
				summary: { answered: Object.keys(answers).length }
			}
		);
		return { answers };
	});
}

/** The respondent's saved answers to a round, empty when they have not answered yet. */
export async function readOwnResponse(ctx: UseCaseContext, roundId: string): Promise<Answers> {
	if (ctx.actor.kind !== 'user') {
		return {};
	}
	const [row] = await ctx.db
		.select({ answers: assessmentResponsesTable.answers })
		.from(assessmentResponsesTable)
		.where(
			and(
				eq(assessmentResponsesTable.roundId, roundId),
				eq(assessmentResponsesTable.respondentId, ctx.actor.userId)
			)
		);
	return row?.answers ?? {};
}
