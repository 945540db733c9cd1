import { z } from 'zod';
import { contentId, localized } from '../guide/content-schema';
import { domains } from '../catalogue/vocabulary';

/**
 * An assessment as content (`content/assessments/<id>.yaml`): dimensions of questions
 * whose options carry a maturity score, a scoring rule stated for readers, and five
 * maturity levels. The scoring itself is the same for every assessment
 * (score-answers.ts); the file states it in plain words, for the assessment's readers.
 */

/** A guide step, as `method/step` (checked against the loaded methods). */
const guideStep = z
	.string()
	.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'use method/step, e.g. afd-iddri/a2');

const answerOption = z.strictObject({
	id: contentId,
	label: localized,
	/** How mature this answer is, from 0 (nothing in place) to 100 (the best practice). */
	score: z.int().min(0).max(100)
});

const question = z
	.strictObject({
		id: contentId,
		text: localized,
		help: localized.optional(),
		/** Its weight within the dimension (default 1). */
		weight: z.number().positive().max(10).default(1),
		/** From the weakest answer to the strongest; "don't know" and "not applicable" are always offered too. */
		options: z.array(answerOption).min(2).max(6)
	})
	.superRefine((value, ctx) => {
		const scores = value.options.map((option) => option.score);
		if (!scores.includes(0) || !scores.includes(100)) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'the options must span the scale: one scores 0, one scores 100'
			});
		}
		scores.forEach((score, index) => {
			if (index > 0 && score <= (scores[index - 1] ?? 0)) {
				ctx.addIssue({
					code: 'custom',
					path: ['options', index, 'score'],
					message:
						'options go from the weakest to the strongest: each scores more than the one before'
				});
			}
		});
	});

const dimension = z.strictObject({
	id: contentId,
	title: localized,
	description: localized,
	/** Its weight in the overall score (default 1). */
	weight: z.number().positive().max(10).default(1),
	/** Guide steps to read when this dimension is weak. */
	guide: z.array(guideStep).default([]),
	/** Catalogue domains whose practices help with this dimension (recommendations). */
	domains: z.array(z.enum(domains)).default([]),
	questions: z.array(question).min(2)
});

const level = z.strictObject({
	level: z.int().min(1).max(5),
	/** The score from which this level applies (0–100). */
	from: z.int().min(0).max(100),
	title: localized,
	description: localized
});

export const assessmentFile = z
	.strictObject({
		id: contentId,
		title: localized,
		summary: localized,
		/** Who should answer (the team a round invites). */
		respondents: localized,
		/** What the questions draw on, in the assessment's own words. */
		sources: localized.optional(),
		/** Guide steps this diagnosis belongs to. */
		guide: z.array(guideStep).min(1),
		/** The scoring rule, in plain words (Markdown). */
		scoring: localized,
		levels: z.array(level).length(5),
		dimensions: z.array(dimension).min(2).max(10)
	})
	.superRefine((value, ctx) => {
		value.levels.forEach((entry, index) => {
			if (entry.level !== index + 1) {
				ctx.addIssue({
					code: 'custom',
					path: ['levels', index, 'level'],
					message: `levels are listed from 1 to 5: this one should be ${index + 1}`
				});
			}
			const expectedFrom = index === 0 ? 0 : (value.levels[index - 1]?.from ?? 0) + 1;
			if (index === 0 ? entry.from !== 0 : entry.from < expectedFrom) {
				ctx.addIssue({
					code: 'custom',
					path: ['levels', index, 'from'],
					message: index === 0 ? 'level 1 starts at 0' : 'each level starts above the one before'
				});
			}
		});
		const seen = new Set<string>();
		value.dimensions.forEach((entry, d) => {
			entry.questions.forEach((q, index) => {
				if (seen.has(q.id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['dimensions', d, 'questions', index, 'id'],
						message: `question id "${q.id}" is used twice in this assessment`
					});
				}
				seen.add(q.id);
			});
		});
		const dimensionIds = value.dimensions.map((entry) => entry.id);
		dimensionIds.forEach((id, index) => {
			if (dimensionIds.indexOf(id) !== index) {
				ctx.addIssue({
					code: 'custom',
					path: ['dimensions', index, 'id'],
					message: `dimension id "${id}" is used twice`
				});
			}
		});
	});

export type AssessmentFile = z.infer<typeof assessmentFile>;
export type AssessmentDimension = AssessmentFile['dimensions'][number];
export type AssessmentQuestion = AssessmentDimension['questions'][number];
export type MaturityLevel = AssessmentFile['levels'][number];
