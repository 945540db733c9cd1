import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../../platform/http/api';
import { slug } from '../../../platform/validation';
import { contentLocales } from '../../guide/content-schema';
import { milestoneStatus, solutionStatus } from '../../roadmap/solution-schema';
import { indicatorDirection } from '../schema';

const datedValue = z.object({ value: z.number(), date: z.iso.date() });

export const accountabilitySchema = z.object({
	territory: z.object({ slug: z.string(), name: z.string() }),
	updatedAt: z.iso.datetime(),
	/** The roadmap's progress over the published solutions, 0–100, or null. */
	progress: z.number().int().min(0).max(100).nullable(),
	solutions: z.array(
		z.object({
			title: z.string(),
			status: z.enum(solutionStatus.enumValues),
			progress: z.number().int().min(0).max(100).nullable(),
			startsOn: z.iso.date(),
			endsOn: z.iso.date(),
			milestones: z.array(
				z.object({
					title: z.string(),
					status: z.enum(milestoneStatus.enumValues),
					plannedStart: z.iso.date(),
					plannedEnd: z.iso.date(),
					baselineStart: z.iso.date().nullable(),
					baselineEnd: z.iso.date().nullable(),
					actualStart: z.iso.date().nullable(),
					actualEnd: z.iso.date().nullable()
				})
			)
		})
	),
	indicators: z.array(
		z.object({
			title: z.string(),
			unit: z.string(),
			direction: z.enum(indicatorDirection.enumValues),
			solution: z.string().nullable(),
			baseline: datedValue.nullable(),
			latest: datedValue.nullable(),
			target: datedValue.nullable()
		})
	),
	assessments: z
		.array(
			z.object({
				assessmentId: z.string(),
				title: z.string(),
				periodEnd: z.iso.date(),
				level: z.number().int().min(1).max(5).nullable(),
				levelTitle: z.string().nullable(),
				dimensions: z.array(
					z.object({ title: z.string(), level: z.number().int().min(1).max(5).nullable() })
				)
			})
		)
		.nullable()
});

export const getAccountabilityEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/accountability',
	operationId: 'getAccountability',
	summary: 'What a territory publishes on its progress page (public; 404 until it publishes)',
	description:
		'Published solutions with their progress and milestones (planned, baseline and actual dates), published indicators with their latest value and target, and — if the territory chose to — the levels of its latest closed assessment rounds. The same content as `/t/{slug}/progress`, which also offers it as CSV (`/t/{slug}/progress.csv`).',
	tag: 'indicators',
	auth: 'none',
	params: z.object({ slug }),
	query: z.object({
		lang: z.enum(contentLocales).default('en').meta({ description: 'Language of the titles' })
	}),
	response: accountabilitySchema,
	errors: [404]
});

export const accountabilityEndpoints: readonly Endpoint[] = [getAccountabilityEndpoint];
