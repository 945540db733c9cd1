import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { contentId, contentLocales } from './content-schema';

const lang = z.object({
	lang: z.enum(contentLocales).default('en').meta({ description: 'Language of the texts' })
});

const option = z.object({ id: z.string(), label: z.string() });
const column = z.object({
	id: z.string(),
	type: z.enum(['short-text', 'long-text', 'single-choice', 'rating']),
	label: z.string(),
	required: z.boolean(),
	options: z.array(option).optional(),
	min: z.number().int().optional(),
	max: z.number().int().optional()
});
export const apiField = column.extend({
	type: z.enum([
		'short-text',
		'long-text',
		'single-choice',
		'multiple-choice',
		'checklist',
		'rating',
		'rows'
	]),
	help: z.string().optional(),
	columns: z.array(column).optional(),
	maxRows: z.number().int().optional(),
	from: z
		.object({ exercise: z.string(), field: z.string(), columns: z.record(z.string(), z.string()) })
		.optional()
});

/** Markdown texts in the requested language; links use `step:` and `term:` addresses. */
const apiBlock = z.discriminatedUnion('type', [
	z.object({ type: z.literal('text'), title: z.string().optional(), body: z.string() }),
	z.object({
		type: z.literal('key-questions'),
		title: z.string(),
		intro: z.string().optional(),
		questions: z.array(z.string())
	}),
	z.object({ type: z.literal('suggestion'), title: z.string(), body: z.string() }),
	z.object({
		type: z.literal('initiative'),
		title: z.string(),
		place: z.string(),
		body: z.string(),
		lessons: z.string().optional(),
		links: z.array(z.string())
	}),
	z.object({
		type: z.literal('exercise'),
		id: z.string(),
		title: z.string(),
		instructions: z.string().optional(),
		fields: z.array(apiField)
	})
]);

const stepSummary = z.object({ id: z.string(), order: z.number().int(), title: z.string() });
const trackSummary = z.object({
	id: z.string(),
	part: z.string().nullable(),
	unit: z.enum(['step', 'pillar', 'stage']),
	title: z.string(),
	summary: z.string()
});

export const methodSummarySchema = z.object({
	id: z.string(),
	title: z.string(),
	summary: z.string(),
	source: z.string(),
	tracks: z.array(trackSummary.extend({ steps: z.array(stepSummary) })),
	quizzes: z.array(z.object({ id: z.string(), title: z.string() }))
});

export const methodDetailsSchema = methodSummarySchema.extend({
	notice: z.string().nullable(),
	parts: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string() })),
	tracks: z.array(
		trackSummary.extend({
			steps: z.array(
				stepSummary.extend({
					goal: z.string(),
					duration: z.string().nullable(),
					blocks: z.array(apiBlock)
				})
			)
		})
	)
});

export const listMethodsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/methods',
	operationId: 'listMethods',
	summary: 'Methods of the guide, with their tracks and steps',
	tag: 'guide',
	auth: 'none',
	query: lang,
	response: z.object({ methods: z.array(methodSummarySchema) })
});

export const getMethodEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/methods/{methodId}',
	operationId: 'getMethod',
	summary: 'One method: tracks, steps and their blocks, exercises with their fields',
	tag: 'guide',
	auth: 'none',
	params: z.object({ methodId: contentId }),
	query: lang,
	response: methodDetailsSchema,
	errors: [404]
});

export const takeQuizEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/quizzes/{quizId}/attempts',
	operationId: 'takeQuiz',
	summary: 'Score a quiz attempt',
	description:
		'Anyone may take a quiz; a signed-in caller’s attempt is kept. One point per question; a question with two right options gives half a point for one of them ticked without any wrong option.',
	tag: 'guide',
	auth: 'none',
	params: z.object({ quizId: contentId }),
	query: lang,
	body: z.object({
		answers: z
			.record(contentId, z.array(contentId).max(6))
			.meta({ description: 'Ticked option ids by question id' })
	}),
	response: z.object({
		score: z.number(),
		maxScore: z.number().int(),
		band: z.object({
			id: z.string(),
			title: z.string(),
			advice: z.string(),
			inviteToShare: z.boolean()
		}),
		corrections: z.array(
			z.object({
				questionId: z.string(),
				chosen: z.array(z.string()),
				correct: z.array(z.string()),
				points: z.number(),
				explanation: z.string()
			})
		),
		recommendedSteps: z.array(z.string()).meta({ description: 'Track or step ids to read next' })
	}),
	errors: [404]
});

export const guideEndpoints: readonly Endpoint[] = [
	listMethodsEndpoint,
	getMethodEndpoint,
	takeQuizEndpoint
];
