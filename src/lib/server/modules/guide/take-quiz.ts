import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { guideContent } from './content';
import { contentId } from './content-schema';
import { methodOrNotFound } from './step-view';
import type { Quiz } from './load-content';
import { quizAttemptsTable } from './schema';
import { scoreQuiz, type QuizScore } from './score-quiz';

export const takeQuizInput = z.object({
	methodId: contentId,
	quizId: contentId,
	/** Ticked option ids by question id; an unanswered question may be left out. */
	answers: z.record(contentId, z.array(contentId).max(6)).default({})
});
export type TakeQuizInput = z.input<typeof takeQuizInput>;

/** Quiz ids are unique across methods (content:check), so the API addresses them alone. */
export function quizByIdOrNotFound(quizId: string): Quiz {
	const quiz = guideContent()
		.methods.flatMap((method) => method.quizzes)
		.find((candidate) => candidate.id === quizId);
	if (!quiz) {
		throw notFound();
	}
	return quiz;
}

export function quizOrNotFound(methodId: string, quizId: string): Quiz {
	const quiz = methodOrNotFound(methodId).quizzes.find((candidate) => candidate.id === quizId);
	if (!quiz) {
		throw notFound();
	}
	return quiz;
}

/**
 * Scores an attempt. Anyone may take the quiz; a signed-in person's attempt is kept so they
 * can see their progress.
 */
export async function takeQuiz(ctx: UseCaseContext, input: TakeQuizInput): Promise<QuizScore> {
	const { methodId, quizId, answers } = parseInput(takeQuizInput, input);
	const quiz = quizOrNotFound(methodId, quizId);
	const fields: Record<string, string> = {};
	for (const [questionId, chosen] of Object.entries(answers)) {
		const question = quiz.questions.find((candidate) => candidate.id === questionId);
		if (!question) {
			fields[`answers.${questionId}`] = 'guide_error_unknown_question';
		} else if (chosen.some((id) => !question.options.some((option) => option.id === id))) {
			fields[`answers.${questionId}`] = 'guide_error_unknown_option';
		}
	}
	if (Object.keys(fields).length > 0) {
		throw invalid(fields);
	}
	const result = scoreQuiz(quiz, answers);
	if (ctx.actor.kind === 'user') {
		const actor = ctx.actor;
		await ctx.db.transaction(async (tx) => {
			const [attempt] = await tx
				.insert(quizAttemptsTable)
				.values({
					userId: actor.userId,
					methodId,
					quizId,
					answers,
					score: result.score,
					maxScore: result.maxScore,
					band: result.bandId,
					createdAt: clock(ctx)
				})
				.returning({ id: quizAttemptsTable.id });
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'guide.take-quiz',
					targetType: 'quiz_attempt',
					targetId: attempt?.id ?? null,
					summary: { methodId, quizId, score: result.score, band: result.bandId }
				}
			);
		});
	}
	return result;
}
