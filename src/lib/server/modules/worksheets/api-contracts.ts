import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { contentId } from '../guide/content-schema';

const params = z.object({ slug, methodId: contentId, exerciseId: contentId });

const answers = z.record(z.string(), z.unknown()).meta({
	description:
		'Answers by field id: text, an option id, option ids, a whole number, or rows (objects by column id). Validated against the exercise (see GET /api/v1/methods/{methodId}).'
});

export const worksheetSchema = z.object({
	methodId: z.string(),
	exerciseId: z.string(),
	version: z.number().int().meta({ description: '0 when never saved' }),
	answers,
	updatedAt: z.iso.datetime({ offset: true }).nullable(),
	canSave: z.boolean()
});

export const getWorksheetEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/worksheets/{methodId}/{exerciseId}',
	operationId: 'getWorksheet',
	summary: "A territory's worksheet for one exercise (members)",
	tag: 'worksheets',
	auth: 'user',
	params,
	response: worksheetSchema,
	errors: [401, 404]
});

export const saveWorksheetEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/worksheets/{methodId}/{exerciseId}',
	operationId: 'saveWorksheet',
	summary: 'Save a new version of a worksheet (contributors and above)',
	description:
		'`baseVersion` is the version the answers were based on; 409 when someone saved a newer one meanwhile. Saving identical answers creates no version (`changed: false`).',
	tag: 'worksheets',
	auth: 'user',
	params,
	body: z.object({ baseVersion: z.number().int().min(0), answers }),
	response: z.object({ version: z.number().int(), changed: z.boolean() }),
	errors: [401, 403, 404, 409]
});

export const worksheetsEndpoints: readonly Endpoint[] = [
	getWorksheetEndpoint,
	saveWorksheetEndpoint
];
