import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { facetNames, searchPracticesInput } from './search-input';
import { readerLanguages } from './vocabulary';

const lang = z.object({
	lang: z.enum(readerLanguages).default('en').meta({ description: 'Language of the texts' })
});

const facetCount = z.object({ value: z.string(), count: z.number().int() });

export const practiceSummarySchema = z.object({
	slug: z.string(),
	title: z.string(),
	summary: z.string(),
	place: z.object({ name: z.string(), countries: z.array(z.string()), region: z.string() }),
	domains: z.array(z.string()),
	languages: z.array(z.string()).meta({ description: 'Languages the practice is written in' }),
	textLanguage: z
		.string()
		.meta({ description: 'Language of title and summary: the original when not translated' }),
	evidenceLevel: z.string(),
	replicationCount: z.number().int()
});

const searchQuery = searchPracticesInput.meta({
	description:
		'Filters take one value, several comma-separated values (`domain=b1,b2`) or a repeated parameter; values of one filter combine with OR, filters with AND.'
});

export const searchPracticesEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/practices',
	operationId: 'searchPractices',
	summary: 'Search the catalogue of practices',
	description:
		'Full-text search in the reader’s language (stemmed, accent-insensitive, typo-tolerant on titles and places), filters, sort and pages of 20. A practice without a translation is searched and returned in its own language. Each facet counts its values under all the other filters.',
	tag: 'catalogue',
	auth: 'none',
	query: searchQuery,
	response: z.object({
		total: z.number().int(),
		page: z.number().int(),
		pageSize: z.number().int(),
		items: z.array(practiceSummarySchema),
		facets: z.object(
			Object.fromEntries(facetNames.map((facet) => [facet, z.array(facetCount)])) as Record<
				(typeof facetNames)[number],
				z.ZodArray<typeof facetCount>
			>
		)
	})
});

const texts = z.object({
	title: z.string(),
	summary: z.string(),
	place: z.string(),
	body: z.string().meta({ description: 'Markdown' }),
	facts: z.array(z.string()),
	lessons: z.string().nullable()
});

export const practiceDetailsSchema = practiceSummarySchema.extend({
	texts,
	translated: z.boolean(),
	populationBand: z.string(),
	toolTypes: z.array(z.string()),
	layers: z.array(z.string()),
	costBand: z.string().nullable(),
	maturityNeeded: z.string(),
	risks: z.array(z.string()).meta({ description: 'STOA macro-challenges addressed' }),
	stakeholders: z.array(z.string()),
	period: z.object({ from: z.number().int(), to: z.number().int().nullable() }).nullable(),
	links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
	contact: z.string().nullable(),
	source: z.string().nullable(),
	contributor: z.string().nullable(),
	guideSteps: z.array(z.string()),
	review: z
		.object({
			reviewedAt: z.string(),
			scores: z.array(z.object({ criterion: z.string(), score: z.number().int() })),
			total: z.number().int(),
			max: z.number().int()
		})
		.nullable(),
	replications: z.object({
		count: z.number().int(),
		byRegion: z.array(facetCount),
		byPopulationBand: z.array(facetCount),
		reports: z.array(
			z.object({
				territory: z.string(),
				country: z.string(),
				region: z.string(),
				population: z.number().int(),
				language: z.string(),
				adapted: z.string(),
				results: z.string(),
				failures: z.string().nullable(),
				costEuros: z.number().int().nullable(),
				durationMonths: z.number().int().nullable(),
				indicators: z.array(
					z.object({
						name: z.string(),
						unit: z.string().nullable(),
						before: z.number(),
						after: z.number()
					})
				),
				recommend: z.string(),
				publishedAt: z.string()
			})
		)
	}),
	publishedAt: z.string(),
	updatedAt: z.string()
});

export const getPracticeEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/practices/{slug}',
	operationId: 'getPractice',
	summary: 'One published practice, with its review result and replication reports',
	tag: 'catalogue',
	auth: 'none',
	params: z.object({ slug }),
	query: lang,
	response: practiceDetailsSchema,
	errors: [404]
});

export const catalogueEndpoints: readonly Endpoint[] = [
	searchPracticesEndpoint,
	getPracticeEndpoint
];
