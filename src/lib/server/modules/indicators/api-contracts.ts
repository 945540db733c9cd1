import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { directions, domainIds, familyIds, frameworkIds, valueKinds } from './library-schema';
import { measurementChannel, measurementFrequency } from './schema';

const territoryParams = z.object({ slug });
const indicatorParams = z.object({ slug, indicatorId: z.uuid() });
const day = z.string().meta({ description: 'A day, YYYY-MM-DD' });

export const libraryIndicatorSchema = z.object({
	id: z.string(),
	family: z.enum(familyIds),
	domain: z.enum(domainIds),
	kind: z.enum(valueKinds),
	direction: z.enum(directions),
	title: z.string(),
	unit: z.string(),
	method: z.string(),
	references: z
		.array(z.object({ framework: z.enum(frameworkIds), code: z.string().optional() }))
		.meta({ description: 'Public frameworks on the same subject, as references only' })
});

export const indicatorLibraryEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/indicator-library',
	operationId: 'getIndicatorLibrary',
	summary:
		"The indicator library: the guide's four families, its domains, selection rules and indicators",
	tag: 'indicators',
	auth: 'none',
	query: z.object({ lang: z.enum(['en', 'fr']).default('en') }),
	response: z.object({
		families: z.array(
			z.object({ id: z.enum(familyIds), title: z.string(), description: z.string() })
		),
		domains: z.array(z.object({ id: z.enum(domainIds), title: z.string() })),
		selectionRules: z.array(z.string()),
		indicators: z.array(libraryIndicatorSchema)
	})
});

const statusSchema = z.object({
	status: z.enum(['on-track', 'at-risk', 'off-track', 'none']),
	reason: z.enum(['no-baseline', 'no-target', 'no-measurement']).optional(),
	expected: z.number().optional().meta({ description: 'The value expected on the latest date' })
});

export const indicatorSchema = z.object({
	id: z.uuid(),
	solutionId: z.uuid().nullable(),
	pilotActionId: z.uuid().nullable(),
	subjectTitle: z.string(),
	libraryIndicatorId: z.string().nullable(),
	title: z.string(),
	family: z.enum(familyIds),
	unit: z.string(),
	valueKind: z.enum(valueKinds),
	direction: z.enum(directions),
	method: z.string(),
	baselineValue: z.number().nullable(),
	baselineOn: z.string().nullable(),
	targetValue: z.number().nullable(),
	targetOn: z.string().nullable(),
	frequency: z.enum(measurementFrequency.enumValues),
	source: z.string(),
	published: z.boolean(),
	latest: z.object({ value: z.number(), measuredOn: z.string() }).nullable(),
	status: statusSchema,
	version: z.number().int()
});

const valueInput = z
	.union([z.number(), z.string()])
	.meta({ description: 'A number; as text, a point is the decimal separator' });

const createBody = z.object({
	solutionId: z
		.uuid()
		.optional()
		.meta({ description: 'Exactly one of solutionId and pilotActionId' }),
	pilotActionId: z.uuid().optional(),
	libraryIndicatorId: z.string().max(60).optional(),
	title: z.string().max(200),
	family: z.enum(familyIds),
	unit: z.string().max(100),
	valueKind: z.enum(valueKinds),
	direction: z.enum(directions),
	method: z.string().max(20_000).optional(),
	baselineValue: valueInput.optional(),
	baselineOn: day.optional(),
	targetValue: valueInput.optional(),
	targetOn: day.optional(),
	frequency: z.enum(measurementFrequency.enumValues),
	source: z.string().max(500).optional(),
	published: z.boolean().optional()
});

export const listIndicatorsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/indicators',
	operationId: 'listIndicators',
	summary: "A territory's indicators with their latest value and status (members)",
	tag: 'indicators',
	auth: 'user',
	params: territoryParams,
	query: z.object({ solutionId: z.uuid().optional(), pilotActionId: z.uuid().optional() }),
	response: z.object({ indicators: z.array(indicatorSchema) }),
	errors: [401, 404]
});

export const createIndicatorEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/indicators',
	operationId: 'createIndicator',
	summary: 'Add an indicator to a solution or a pilot action (contributors and above)',
	description:
		'The guide advises one or two indicators per action: a third is accepted, and `aboveAdvice` says so.',
	tag: 'indicators',
	auth: 'user',
	params: territoryParams,
	body: createBody,
	response: z.object({ indicator: indicatorSchema, aboveAdvice: z.boolean() }),
	status: 201,
	errors: [401, 403, 404]
});

export const measurementSchema = z.object({
	id: z.uuid(),
	value: z.number(),
	measuredOn: z.string(),
	source: z.string(),
	channel: z.enum(measurementChannel.enumValues),
	enteredByName: z.string(),
	enteredAt: z.iso.datetime(),
	correctsId: z.uuid().nullable(),
	correctionNote: z.string(),
	supersededAt: z.iso.datetime().nullable()
});

export const listMeasurementsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/indicators/{indicatorId}/measurements',
	operationId: 'listMeasurements',
	summary: "An indicator's measurements, corrected ones included (members)",
	description: 'Current values have `supersededAt: null`; a correction names the row it corrects.',
	tag: 'indicators',
	auth: 'user',
	params: indicatorParams,
	response: z.object({ indicator: indicatorSchema, measurements: z.array(measurementSchema) }),
	errors: [401, 404]
});

const measurementInput = z.object({
	value: valueInput,
	measuredOn: day,
	source: z.string().max(500).optional()
});

const countsSchema = z.object({
	added: z.number().int(),
	corrected: z.number().int(),
	unchanged: z.number().int()
});

export const pushMeasurementsEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/indicators/{indicatorId}/measurements',
	operationId: 'pushMeasurements',
	summary:
		'Push one measurement or an array of them, e.g. with a personal API token (contributors and above)',
	description:
		'All or nothing. Dates are real days not after today; values must suit the indicator (whole counts, percentages 0–100). A date that has a value already: the same value changes nothing, a different one is recorded as a correction (history kept).',
	tag: 'indicators',
	auth: 'user',
	params: indicatorParams,
	body: z.union([measurementInput, z.array(measurementInput).min(1).max(2000)]),
	response: countsSchema,
	status: 201,
	errors: [401, 403, 404]
});

export const importMeasurementsEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/indicators/{indicatorId}/measurements/import',
	operationId: 'importMeasurements',
	summary:
		'Import measurements from CSV text: columns date, value, source (contributors and above)',
	description:
		'The same file as the page imports and exports; all or nothing; each problem in `fields` as `row.column`. The decimal separator is a point.',
	tag: 'indicators',
	auth: 'user',
	params: indicatorParams,
	body: z.object({ csv: z.string().max(1024 * 1024) }),
	response: countsSchema,
	errors: [401, 403, 404]
});

export const indicatorsEndpoints: readonly Endpoint[] = [
	indicatorLibraryEndpoint,
	listIndicatorsEndpoint,
	createIndicatorEndpoint,
	listMeasurementsEndpoint,
	pushMeasurementsEndpoint,
	importMeasurementsEndpoint
];
