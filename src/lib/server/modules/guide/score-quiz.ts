import type { QuizFile } from './content-schema';

export interface Correction {
	questionId: string;
	chosen: string[];
	correct: string[];
	/** 1, 0.5 or 0. */
	points: number;
}

export interface QuizScore {
	score: number;
	maxScore: number;
	bandId: string;
	corrections: Correction[];
	/** Tracks or steps behind the questions not fully right, without repeats, in quiz order. */
	recommended: string[];
}

/**
 * The guide's scoring, one point per question. A question with two correct options earns
 * half a point when one of them is ticked and no wrong option is (partial credit); any wrong
 * option ticked earns nothing. A single-answer question is all or nothing.
 */
export function pointsFor(correct: readonly string[], chosen: readonly string[]): number {
	const picked = new Set(chosen);
	const wrong = [...picked].some((id) => !correct.includes(id));
	if (wrong || picked.size === 0) {
		return 0;
	}
	const right = correct.filter((id) => picked.has(id)).length;
	if (right === correct.length) {
		return 1;
	}
	return correct.length === 2 && right === 1 ? 0.5 : 0;
}

/** The band whose `min` is the highest reached. */
export function bandFor(bands: QuizFile['bands'], score: number): QuizFile['bands'][number] {
	const reached = bands.filter((band) => band.min <= score);
	const band = reached.at(-1) ?? bands[0];
	if (!band) {
		throw new Error('A quiz has at least one band (content schema).');
	}
	return band;
}

export function scoreQuiz(quiz: QuizFile, answers: Record<string, readonly string[]>): QuizScore {
	const corrections = quiz.questions.map((question) => {
		const chosen = [...new Set(answers[question.id] ?? [])];
		return {
			questionId: question.id,
			chosen,
			correct: question.correct,
			points: pointsFor(question.correct, chosen)
		};
	});
	const score = corrections.reduce((sum, correction) => sum + correction.points, 0);
	const recommended = [
		...new Set(
			quiz.questions
				.filter((_, index) => (corrections[index]?.points ?? 0) < 1)
				.map((question) => question.recommend)
		)
	];
	return {
		score,
		maxScore: quiz.questions.length,
		bandId: bandFor(quiz.bands, score).id,
		corrections,
		recommended
	};
}
