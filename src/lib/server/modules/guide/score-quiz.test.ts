import { describe, expect, it } from 'vitest';
import type { QuizFile } from './content-schema';
import { bandFor, pointsFor, scoreQuiz } from './score-quiz';

const text = (en: string) => ({ en, fr: en });
const question = (id: string, correct: string[], recommend: string) => ({
	id,
	prompt: text(id),
	options: ['1', '2', '3'].map((option) => ({ id: option, label: text(option) })),
	correct,
	recommend,
	explanation: text('why')
});
const band = (id: string, min: number) => ({
	id,
	min,
	title: text(id),
	advice: text(id),
	inviteToShare: id === 'expert'
});

/** The guide's shape: ten questions, two of them with two right answers, four bands. */
const quiz: QuizFile = {
	id: 'knowledge',
	title: text('Quiz'),
	intro: text('Intro'),
	questions: [
		question('q1', ['2'], 'a'),
		question('q2', ['2', '3'], 'a'),
		question('q3', ['2'], 'a'),
		question('q4', ['1'], 'a'),
		question('q5', ['1'], 'b1'),
		question('q6', ['2'], 'b2'),
		question('q7', ['1'], 'b3'),
		question('q8', ['1', '3'], 'b4'),
		question('q9', ['3'], 'c'),
		question('q10', ['3'], 'c')
	],
	bands: [band('starting', 0), band('discovering', 3), band('ready', 6), band('expert', 9)]
};
const allRight = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct]));

describe('pointsFor', () => {
	it('gives a point for exactly the right option of a single-answer question', () => {
		expect(pointsFor(['2'], ['2'])).toBe(1);
		expect(pointsFor(['2'], ['1'])).toBe(0);
		expect(pointsFor(['2'], [])).toBe(0);
		expect(pointsFor(['2'], ['2', '3'])).toBe(0);
	});

	it('gives half a point for one of two right options without a wrong one', () => {
		expect(pointsFor(['2', '3'], ['2', '3'])).toBe(1);
		expect(pointsFor(['2', '3'], ['3'])).toBe(0.5);
		expect(pointsFor(['2', '3'], ['3', '1'])).toBe(0);
		expect(pointsFor(['2', '3'], ['1', '2', '3'])).toBe(0);
	});
});

describe('bandFor at every boundary', () => {
	it.each([
		[0, 'starting'],
		[2, 'starting'],
		[2.5, 'starting'],
		[3, 'discovering'],
		[5, 'discovering'],
		[5.5, 'discovering'],
		[6, 'ready'],
		[8, 'ready'],
		[8.5, 'ready'],
		[9, 'expert'],
		[10, 'expert']
	])('a score of %s is in the "%s" band', (score, expected) => {
		expect(bandFor(quiz.bands, score).id).toBe(expected);
	});
});

describe('scoreQuiz', () => {
	it('scores a perfect attempt 10 out of 10 in the top band, recommending nothing', () => {
		const result = scoreQuiz(quiz, allRight);
		expect(result).toMatchObject({ score: 10, maxScore: 10, bandId: 'expert', recommended: [] });
	});

	it('scores an empty attempt 0 and recommends every track, once each, in quiz order', () => {
		const result = scoreQuiz(quiz, {});
		expect(result.score).toBe(0);
		expect(result.bandId).toBe('starting');
		expect(result.recommended).toEqual(['a', 'b1', 'b2', 'b3', 'b4', 'c']);
	});

	it('counts partial credit and recommends the part behind a half-right answer', () => {
		const result = scoreQuiz(quiz, { ...allRight, q8: ['3'] });
		expect(result.score).toBe(9.5);
		expect(result.bandId).toBe('expert');
		expect(result.recommended).toEqual(['b4']);
		expect(result.corrections.find((c) => c.questionId === 'q8')).toMatchObject({
			chosen: ['3'],
			correct: ['1', '3'],
			points: 0.5
		});
	});

	it('ignores a repeated option', () => {
		expect(scoreQuiz(quiz, { ...allRight, q1: ['2', '2'] }).score).toBe(10);
	});
});
