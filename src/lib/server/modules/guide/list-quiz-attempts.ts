import { and, desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { quizAttemptsTable } from './schema';

export interface QuizAttemptSummary {
	id: string;
	score: number;
	maxScore: number;
	band: string;
	at: Date;
}

/** The signed-in person's own attempts at a quiz, newest first; nobody else's. */
export async function listQuizAttempts(
	ctx: UseCaseContext,
	options: { methodId: string; quizId: string; limit?: number }
): Promise<QuizAttemptSummary[]> {
	if (ctx.actor.kind !== 'user') {
		return [];
	}
	return ctx.db
		.select({
			id: quizAttemptsTable.id,
			score: quizAttemptsTable.score,
			maxScore: quizAttemptsTable.maxScore,
			band: quizAttemptsTable.band,
			at: quizAttemptsTable.createdAt
		})
		.from(quizAttemptsTable)
		.where(
			and(
				eq(quizAttemptsTable.userId, ctx.actor.userId),
				eq(quizAttemptsTable.methodId, options.methodId),
				eq(quizAttemptsTable.quizId, options.quizId)
			)
		)
		.orderBy(desc(quizAttemptsTable.createdAt))
		.limit(options.limit ?? 10);
}
