import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { contentLocales } from '../guide/content-schema';
import {
	amplitudes,
	areaLevels,
	dataSteps,
	levers,
	pilotStatuses,
	sectorLevels
} from './vocabulary';

const lang = z.object({
	lang: z.enum(contentLocales).default('en').meta({ description: 'Language of the titles' })
});

export const pilotSummarySchema = z.object({
	id: z.uuid(),
	title: z.string(),
	summary: z.string(),
	status: z.enum(pilotStatuses),
	areaLevel: z.enum(areaLevels),
	areaName: z.string(),
	sectorLevel: z.enum(sectorLevels),
	sectorName: z.string(),
	amplitude: z.enum(amplitudes),
	lever: z.enum(levers),
	tool: z.string(),
	version: z.number().int(),
	updatedAt: z.iso.datetime()
});

export const pilotDetailsSchema = pilotSummarySchema.extend({
	dataSteps: z.array(z.enum(dataSteps)),
	targetUsers: z.string(),
	obstacles: z.string(),
	scalingConditions: z.string(),
	lessons: z.string(),
	createdAt: z.iso.datetime(),
	stakeholders: z.array(z.object({ id: z.uuid(), name: z.string(), category: z.string() })),
	practices: z.array(z.object({ slug: z.string(), title: z.string() })),
	weakAreas: z.array(
		z.object({
			roundId: z.uuid(),
			assessmentId: z.string(),
			periodStart: z.iso.date(),
			periodEnd: z.iso.date(),
			dimensionId: z.string(),
			dimensionTitle: z.string(),
			level: z.number().int().min(1).max(5).nullable()
		})
	)
});

export const listPilotsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/pilots',
	operationId: 'listPilotActions',
	summary: "A territory's pilot actions, the most recently changed first (members)",
	tag: 'roadmap',
	auth: 'user',
	params: z.object({ slug }),
	response: z.object({ pilots: z.array(pilotSummarySchema) }),
	errors: [401, 404]
});

export const getPilotEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/pilots/{pilotId}',
	operationId: 'getPilotAction',
	summary: 'One pilot action: its scope, status, lessons and links (members)',
	description:
		'Scope as the guide’s step 4 asks (area, sector, amplitude, lever or tool, data steps), the stakeholders involved, the catalogue practices it draws on and the weak areas of closed assessment rounds it answers.',
	tag: 'roadmap',
	auth: 'user',
	params: z.object({ slug, pilotId: z.uuid() }),
	query: lang,
	response: pilotDetailsSchema,
	errors: [401, 404]
});

export const roadmapEndpoints: readonly Endpoint[] = [listPilotsEndpoint, getPilotEndpoint];
