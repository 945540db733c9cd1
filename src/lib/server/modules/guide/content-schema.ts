import { z } from 'zod';

/**
 * The shape of method content under `content/methods/<method>/`. Every text a reader sees
 * is a `localized` object with one entry per supported language, so a missing translation
 * is a schema error, not a blank on a page. Objects are strict: an unknown field is a typo
 * to report, not data to ignore.
 */
export const contentLocales = ['en', 'fr'] as const;
export type ContentLocale = (typeof contentLocales)[number];

const nonBlank = z.string().trim().min(1, 'must not be empty');

export const localized = z.strictObject({ en: nonBlank, fr: nonBlank });
export type Localized = z.infer<typeof localized>;

/** Ids are short, lowercase, dash-separated: they appear in URLs and worksheet files. */
export const contentId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes (a1, b1-4)')
	.max(60);

const option = z.strictObject({ id: contentId, label: localized });

const fieldBase = {
	id: contentId,
	label: localized,
	help: localized.optional(),
	required: z.boolean().default(false)
};

/** Column types allowed inside a repeatable row. */
const columnField = z.discriminatedUnion('type', [
	z.strictObject({ ...fieldBase, type: z.literal('short-text') }),
	z.strictObject({ ...fieldBase, type: z.literal('long-text') }),
	z.strictObject({
		...fieldBase,
		type: z.literal('single-choice'),
		options: z.array(option).min(2)
	}),
	z.strictObject({
		...fieldBase,
		type: z.literal('rating'),
		min: z.int().min(0).default(1),
		max: z.int().max(10).default(5)
	})
]);
export type ColumnField = z.infer<typeof columnField>;

/**
 * Rows of an earlier exercise offered to this one (step chaining): `columns` maps a column
 * of this field to the column of the source field it is copied from.
 */
const rowSource = z.strictObject({
	exercise: contentId,
	field: contentId,
	columns: z.record(contentId, contentId)
});

export const exerciseField = z.discriminatedUnion('type', [
	...columnField.options,
	z.strictObject({
		...fieldBase,
		type: z.literal('multiple-choice'),
		options: z.array(option).min(2)
	}),
	z.strictObject({ ...fieldBase, type: z.literal('checklist'), options: z.array(option).min(1) }),
	z.strictObject({
		...fieldBase,
		type: z.literal('rows'),
		columns: z.array(columnField).min(1).max(12),
		maxRows: z.int().min(1).max(200).default(50),
		from: rowSource.optional()
	})
]);
export type ExerciseField = z.infer<typeof exerciseField>;

const textBlock = z.strictObject({
	type: z.literal('text'),
	title: localized.optional(),
	body: localized
});

const keyQuestionsBlock = z.strictObject({
	type: z.literal('key-questions'),
	title: localized,
	intro: localized.optional(),
	questions: z.array(localized).min(1)
});

const suggestionBlock = z.strictObject({
	type: z.literal('suggestion'),
	title: localized,
	body: localized
});

const initiativeBlock = z.strictObject({
	type: z.literal('initiative'),
	title: localized,
	place: localized,
	body: localized,
	lessons: localized.optional(),
	links: z.array(z.url({ protocol: /^https?$/ })).default([])
});

export const exerciseBlock = z.strictObject({
	type: z.literal('exercise'),
	id: contentId,
	title: localized,
	instructions: localized.optional(),
	fields: z.array(exerciseField).min(1).max(40)
});
export type Exercise = z.infer<typeof exerciseBlock>;

export const block = z.discriminatedUnion('type', [
	textBlock,
	keyQuestionsBlock,
	suggestionBlock,
	initiativeBlock,
	exerciseBlock
]);
export type Block = z.infer<typeof block>;

export const stepFile = z.strictObject({
	id: contentId,
	track: contentId,
	order: z.int().min(1),
	title: localized,
	goal: localized,
	/** For journeys whose stages have a set length (the ICC stages). */
	duration: localized.optional(),
	blocks: z.array(block).min(1)
});
export type StepFile = z.infer<typeof stepFile>;

const track = z.strictObject({
	id: contentId,
	part: contentId.optional(),
	title: localized,
	summary: localized,
	/** What a unit of this track is called: a step, a pillar, a stage. */
	unit: z.enum(['step', 'pillar', 'stage'])
});

const part = z.strictObject({ id: contentId, title: localized, summary: localized });

const audience = z.strictObject({
	id: contentId,
	title: localized,
	summary: localized,
	steps: z.array(contentId).min(1)
});

export const methodFile = z.strictObject({
	id: contentId,
	title: localized,
	summary: localized,
	/** Who wrote the method, for attribution. */
	source: localized,
	/** Shown on every page of the method, e.g. that it does not replace technical assistance. */
	notice: localized.optional(),
	/** Where a team finds help beyond the guide (Markdown), linked from the notice. */
	help: localized.optional(),
	order: z.int().min(1).default(100),
	parts: z.array(part).default([]),
	tracks: z.array(track).min(1),
	audiences: z.array(audience).default([])
});
export type MethodFile = z.infer<typeof methodFile>;

export const glossaryFile = z.strictObject({
	terms: z
		.array(
			z.strictObject({
				id: contentId,
				term: localized,
				definition: localized,
				/** Other spellings linked to this term in guide text, per language. */
				aliases: z
					.strictObject({ en: z.array(nonBlank).default([]), fr: z.array(nonBlank).default([]) })
					.default({ en: [], fr: [] })
			})
		)
		.min(1)
});
export type GlossaryFile = z.infer<typeof glossaryFile>;

export const quizFile = z.strictObject({
	id: contentId,
	title: localized,
	intro: localized,
	questions: z
		.array(
			z.strictObject({
				id: contentId,
				prompt: localized,
				options: z.array(option).min(2).max(6),
				correct: z.array(contentId).min(1),
				/** The track or step that explains the answer, recommended after a wrong one. */
				recommend: contentId,
				explanation: localized
			})
		)
		.min(1),
	bands: z
		.array(
			z.strictObject({
				id: contentId,
				min: z.number().min(0),
				title: localized,
				advice: localized,
				/** Invite the user to share an experience in the catalogue. */
				inviteToShare: z.boolean().default(false)
			})
		)
		.min(1)
});
export type QuizFile = z.infer<typeof quizFile>;
