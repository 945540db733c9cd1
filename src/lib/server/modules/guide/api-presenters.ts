import type { z } from 'zod';
import type { methodDetailsSchema, methodSummarySchema } from './api-contracts';
import type { Block, ColumnField, ContentLocale, ExerciseField } from './content-schema';
import type { Method, Step, Track } from './load-content';

type ApiBlock = z.input<
	typeof methodDetailsSchema
>['tracks'][number]['steps'][number]['blocks'][number];

function presentColumn(field: ColumnField, locale: ContentLocale) {
	return {
		id: field.id,
		type: field.type,
		label: field.label[locale],
		required: field.required,
		...('options' in field
			? { options: field.options.map((option) => ({ id: option.id, label: option.label[locale] })) }
			: {}),
		...(field.type === 'rating' ? { min: field.min, max: field.max } : {})
	};
}

function presentField(field: ExerciseField, locale: ContentLocale) {
	const base = {
		id: field.id,
		type: field.type,
		label: field.label[locale],
		required: field.required,
		...(field.help ? { help: field.help[locale] } : {})
	};
	switch (field.type) {
		case 'rows':
			return {
				...base,
				columns: field.columns.map((column) => presentColumn(column, locale)),
				maxRows: field.maxRows,
				...(field.from ? { from: field.from } : {})
			};
		case 'multiple-choice':
		case 'checklist':
			return { ...base, options: field.options.map((o) => ({ id: o.id, label: o.label[locale] })) };
		default:
			return { ...base, ...presentColumn(field, locale) };
	}
}

function presentBlock(block: Block, locale: ContentLocale): ApiBlock {
	switch (block.type) {
		case 'text':
			return { type: 'text', title: block.title?.[locale], body: block.body[locale] };
		case 'key-questions':
			return {
				type: 'key-questions',
				title: block.title[locale],
				intro: block.intro?.[locale],
				questions: block.questions.map((question) => question[locale])
			};
		case 'suggestion':
			return { type: 'suggestion', title: block.title[locale], body: block.body[locale] };
		case 'initiative':
			return {
				type: 'initiative',
				title: block.title[locale],
				place: block.place[locale],
				body: block.body[locale],
				lessons: block.lessons?.[locale],
				links: block.links
			};
		case 'exercise':
			return {
				type: 'exercise',
				id: block.id,
				title: block.title[locale],
				instructions: block.instructions?.[locale],
				fields: block.fields.map((field) => presentField(field, locale))
			};
	}
}

const trackHeading = (track: Track, locale: ContentLocale) => ({
	id: track.id,
	part: track.part ?? null,
	unit: track.unit,
	title: track.title[locale],
	summary: track.summary[locale]
});

const stepHeading = (step: Step, locale: ContentLocale) => ({
	id: step.id,
	order: step.order,
	title: step.title[locale]
});

export function presentMethodSummary(
	method: Method,
	locale: ContentLocale
): z.input<typeof methodSummarySchema> {
	return {
		id: method.id,
		title: method.title[locale],
		summary: method.summary[locale],
		source: method.source[locale],
		tracks: method.tracks.map((track) => ({
			...trackHeading(track, locale),
			steps: track.steps.map((step) => stepHeading(step, locale))
		})),
		quizzes: method.quizzes.map((quiz) => ({ id: quiz.id, title: quiz.title[locale] }))
	};
}

export function presentMethodDetails(
	method: Method,
	locale: ContentLocale
): z.input<typeof methodDetailsSchema> {
	return {
		...presentMethodSummary(method, locale),
		notice: method.notice?.[locale] ?? null,
		parts: method.parts.map((part) => ({
			id: part.id,
			title: part.title[locale],
			summary: part.summary[locale]
		})),
		tracks: method.tracks.map((track) => ({
			...trackHeading(track, locale),
			steps: track.steps.map((step) => ({
				...stepHeading(step, locale),
				goal: step.goal[locale],
				duration: step.duration?.[locale] ?? null,
				blocks: step.blocks.map((block) => presentBlock(block, locale))
			}))
		}))
	};
}
