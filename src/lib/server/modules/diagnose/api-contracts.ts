import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { contentId, contentLocales } from '../guide/content-schema';

const lang = z.object({
	lang: z.enum(contentLocales).default('en').meta({ description: 'Language of the texts' })
});

export const assessmentSummarySchema = z.object({
	id: z.string(),
	title: z.string(),
	summary: z.string(),
	respondents: z.string(),
	guideSteps: z.array(z.string()).meta({ description: 'Guide steps, as method/step' }),
	dimensions: z.array(z.object({ id: z.string(), title: z.string(), questions: z.number().int() }))
});

const level = z.object({
	level: z.number().int().min(1).max(5),
	from: z.number().int().meta({ description: 'The score (0–100) where this level starts' }),
	title: z.string(),
	description: z.string()
});

export const assessmentDetailsSchema = assessmentSummarySchema.extend({
	sources: z.string().nullable(),
	scoring: z.string().meta({ description: 'The scoring rule in plain words (Markdown)' }),
	unscoredAnswers: z
		.array(z.object({ id: z.string(), label: z.string() }))
		.meta({ description: 'Answers every question offers that do not count, not even as 0' }),
	levels: z.array(level),
	dimensions: z.array(
		z.object({
			id: z.string(),
			title: z.string(),
			description: z.string(),
			weight: z.number(),
			guideSteps: z.array(z.string()),
			domains: z.array(z.string()).meta({ description: 'Catalogue domains that help' }),
			questions: z.array(
				z.object({
					id: z.string(),
					text: z.string(),
					help: z.string().nullable(),
					weight: z.number(),
					options: z.array(z.object({ id: z.string(), label: z.string(), score: z.number().int() }))
				})
			)
		})
	)
});

export const listAssessmentsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/assessments',
	operationId: 'listAssessments',
	summary: 'Self-assessments a territory can run, with their dimensions',
	tag: 'diagnose',
	auth: 'none',
	query: lang,
	response: z.object({ assessments: z.array(assessmentSummarySchema) })
});

export const getAssessmentEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/assessments/{assessmentId}',
	operationId: 'getAssessment',
	summary: 'One self-assessment: scoring rule, maturity levels, dimensions and their questions',
	description:
		'A question scores its chosen option (0–100); a dimension, the weighted mean of its answered questions; the whole, the weighted mean of its scored dimensions. "Don’t know" and "not applicable" do not count. A team’s score per dimension is the median of its respondents.',
	tag: 'diagnose',
	auth: 'none',
	params: z.object({ assessmentId: contentId }),
	query: lang,
	response: assessmentDetailsSchema,
	errors: [404]
});

const isoDay = z.iso.date().meta({ description: 'YYYY-MM-DD' });
const score = z.number().min(0).max(100).nullable();

export const roundSummarySchema = z.object({
	id: z.uuid(),
	assessmentId: z.string(),
	periodStart: isoDay,
	periodEnd: isoDay,
	status: z.enum(['open', 'closed']),
	responses: z.number().int().meta({ description: 'People who saved answers' }),
	overall: score.meta({ description: 'Kept when the round closed; null while open' }),
	level: z.number().int().min(1).max(5).nullable()
});

const territoryParams = z.object({ slug });
const roundParams = z.object({ slug, roundId: z.uuid() });
const answers = z.record(z.string().max(60), z.string().max(60)).meta({
	description:
		'Question id → option id, "dont-know" or "not-applicable"; an empty string or a missing question means not answered yet'
});

export const listRoundsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/rounds',
	operationId: 'listRounds',
	summary: "A territory's assessment rounds, newest first (members)",
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	response: z.object({ rounds: z.array(roundSummarySchema) }),
	errors: [401, 404]
});

export const openRoundEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/rounds',
	operationId: 'openRound',
	summary: 'Open a round of an assessment (owners and editors)',
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	body: z.object({ assessmentId: contentId, periodStart: isoDay, periodEnd: isoDay }),
	response: roundSummarySchema,
	status: 201,
	errors: [401, 403, 404]
});

export const saveResponseEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/rounds/{roundId}/response',
	operationId: 'saveRoundResponse',
	summary: "Save the caller's own answers to an open round (contributors and above)",
	description: 'Replaces the answers the caller saved before. 409 once the round is closed.',
	tag: 'diagnose',
	auth: 'user',
	params: roundParams,
	body: z.object({ answers }),
	response: z.object({ answers }),
	errors: [401, 403, 404, 409]
});

const resultsSchema = z.object({
	assessmentId: z.string(),
	status: z.enum(['open', 'closed']),
	respondents: z
		.number()
		.int()
		.meta({ description: 'Respondents with at least one scored answer' }),
	overall: score,
	level: z.number().int().min(1).max(5).nullable(),
	dimensions: z.array(
		z.object({
			id: z.string(),
			score,
			level: z.number().int().min(1).max(5).nullable(),
			respondents: z.number().int(),
			spread: score.meta({ description: 'Highest minus lowest respondent score' })
		})
	),
	recommendations: z.array(
		z.object({
			slug: z.string(),
			title: z.string(),
			dimensionIds: z.array(z.string()).meta({ description: 'The weak areas it helps with' }),
			domains: z.array(z.string()),
			maturityNeeded: z.string()
		})
	)
});

export const closeRoundEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/rounds/{roundId}/close',
	operationId: 'closeRound',
	summary: 'Close an open round and keep its results (owners and editors)',
	description: '400 when nobody has scored an answer yet; 409 when already closed.',
	tag: 'diagnose',
	auth: 'user',
	params: roundParams,
	response: z.object({ respondents: z.number().int(), overall: score }),
	errors: [401, 403, 404, 409]
});

export const roundResultsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/rounds/{roundId}/results',
	operationId: 'getRoundResults',
	summary: "A round's team scores and the practices recommended for its weak areas (members)",
	description:
		'Per dimension, the median of the respondents and their spread; while the round is open, from the answers saved so far. Weak areas are dimensions at level 1 or 2; a practice is recommended when it shares a domain with one and needs no more maturity than the team’s overall level.',
	tag: 'diagnose',
	auth: 'user',
	params: roundParams,
	query: lang,
	response: resultsSchema,
	errors: [401, 404]
});

export const diagnoseEndpoints: readonly Endpoint[] = [
	listAssessmentsEndpoint,
	getAssessmentEndpoint,
	listRoundsEndpoint,
	openRoundEndpoint,
	saveResponseEndpoint,
	closeRoundEndpoint,
	roundResultsEndpoint
];
