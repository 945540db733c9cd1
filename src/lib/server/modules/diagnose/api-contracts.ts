import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
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

export const diagnoseEndpoints: readonly Endpoint[] = [
	listAssessmentsEndpoint,
	getAssessmentEndpoint
];
