import { describe, expect, it } from 'vitest';
import { assessmentFile, type AssessmentFile } from './assessment-schema';
import { consolidateScores, levelOf, median, scoreAnswers } from './score-answers';

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const options = [
	{ id: 'no', label: text('No'), score: 0 },
	{ id: 'partly', label: text('Partly'), score: 50 },
	{ id: 'yes', label: text('Yes'), score: 100 }
];

/** Two dimensions: "backups" weighs 2 and its first question weighs 3. */
const assessment: AssessmentFile = assessmentFile.parse({
	id: 'sample',
	title: text('Sample'),
	summary: text('A sample'),
	respondents: text('Anyone'),
	guide: ['afd-iddri/c1'],
	scoring: text('The rule'),
	levels: [0, 20, 40, 60, 80].map((from, index) => ({
		level: index + 1,
		from,
		title: text(`Level ${index + 1}`),
		description: text('…')
	})),
	dimensions: [
		{
			id: 'governance',
			title: text('Governance'),
			description: text('…'),
			questions: [
				{ id: 'owner', text: text('An owner?'), options },
				{ id: 'policy', text: text('A policy?'), options }
			]
		},
		{
			id: 'backups',
			title: text('Backups'),
			description: text('…'),
			weight: 2,
			questions: [
				{ id: 'offline', text: text('Offline copies?'), weight: 3, options },
				{ id: 'restore', text: text('Restore tests?'), options }
			]
		}
	]
});

describe('scoreAnswers', () => {
	it('averages option scores by weight, within a dimension and across dimensions', () => {
		const score = scoreAnswers(assessment, {
			owner: 'yes',
			policy: 'no',
			offline: 'partly',
			restore: 'yes'
		});
		expect(score.dimensions).toEqual([
			{ dimensionId: 'governance', score: 50, level: 3, scored: 2, questions: 2 },
			// (50 × 3 + 100 × 1) / 4
			{ dimensionId: 'backups', score: 62.5, level: 4, scored: 2, questions: 2 }
		]);
		// (50 × 1 + 62.5 × 2) / 3
		expect(score.overall).toBeCloseTo(58.33, 2);
		expect(score.level).toBe(3);
	});

	it('leaves out "don’t know", "not applicable" and unanswered questions: they lower nothing', () => {
		const score = scoreAnswers(assessment, {
			owner: 'yes',
			policy: 'dont-know',
			offline: 'not-applicable'
		});
		expect(score.dimensions[0]).toMatchObject({ score: 100, level: 5, scored: 1 });
		// Only "restore" could count, and it is unanswered: no score at all.
		expect(score.dimensions[1]).toMatchObject({ score: null, level: null, scored: 0 });
		expect(score.overall).toBe(100);
	});

	it('gives no score when nothing is scored', () => {
		expect(scoreAnswers(assessment, {})).toMatchObject({ overall: null, level: null });
	});
});

describe('levelOf', () => {
	it('is the last level whose threshold the score reaches', () => {
		const levels = assessment.levels;
		expect([0, 19.9, 20, 59.99, 80, 100].map((score) => levelOf(levels, score))).toEqual([
			1, 1, 2, 3, 5, 5
		]);
		expect(levelOf(levels, null)).toBeNull();
	});
});

describe('consolidateScores', () => {
	it('takes the median of the respondents per dimension and shows their spread', () => {
		const team = consolidateScores(assessment, [
			{ owner: 'yes', policy: 'yes', offline: 'no', restore: 'no' },
			{ owner: 'no', policy: 'no', offline: 'yes', restore: 'yes' },
			{ owner: 'partly', policy: 'partly', offline: 'dont-know', restore: 'not-applicable' }
		]);
		expect(team.respondents).toBe(3);
		expect(team.dimensions).toEqual([
			{ dimensionId: 'governance', score: 50, level: 3, respondents: 3, spread: 100 },
			// The third respondent scored no backup question: median of 0 and 100.
			{ dimensionId: 'backups', score: 50, level: 3, respondents: 2, spread: 100 }
		]);
		expect(team.overall).toBe(50);
	});

	it('has no score for a dimension nobody scored, and does not count "don’t know" throughout', () => {
		const team = consolidateScores(assessment, [
			{ owner: 'yes' },
			{ owner: 'dont-know', policy: 'not-applicable' }
		]);
		expect(team.respondents).toBe(1);
		expect(team.dimensions[1]).toMatchObject({ score: null, respondents: 0, spread: null });
		expect(team.overall).toBe(100);
	});
});

describe('median', () => {
	it('is the middle value, or the mean of the two middle ones', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([40, 10, 20, 30])).toBe(25);
		expect(median([])).toBeNull();
	});
});

describe('the assessment schema', () => {
	it('refuses options out of order, levels not from 0, and a repeated question id', () => {
		const broken = assessmentFile.safeParse({
			...assessment,
			levels: assessment.levels.map((level, index) =>
				index === 0 ? { ...level, from: 5 } : level
			),
			dimensions: [
				{
					...assessment.dimensions[0],
					questions: [
						{ id: 'owner', text: text('?'), options: [...options].reverse() },
						{ id: 'owner', text: text('?'), options }
					]
				},
				assessment.dimensions[1]
			]
		});
		expect(broken.success).toBe(false);
		const messages = broken.error?.issues.map((issue) => issue.message) ?? [];
		expect(messages).toEqual(
			expect.arrayContaining([
				'level 1 starts at 0',
				'options go from the weakest to the strongest: each scores more than the one before',
				'question id "owner" is used twice in this assessment'
			])
		);
	});
});
