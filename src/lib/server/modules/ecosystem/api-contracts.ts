import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { commitmentIds, gainIds, resourceIds } from './vocabulary';

const territoryParams = z.object({ slug });
const stakeholderParams = z.object({ slug, stakeholderId: z.uuid() });
const scale = z.number().int().min(1).max(5);

const profile = {
	name: z.string().max(200),
	category: z
		.string()
		.max(60)
		.meta({ description: "A standard category id or the key of one of the territory's own" }),
	gains: z.array(z.enum(gainIds)).meta({ description: 'What they would gain' }),
	gainNote: z.string().max(500),
	resources: z.array(z.enum(resourceIds)).meta({ description: 'Resources they could rally' }),
	resourceNote: z.string().max(500),
	commitments: z
		.array(z.enum(commitmentIds))
		.meta({ description: 'Means of commitment and incentives' }),
	commitmentNote: z.string().max(500),
	influence: scale.meta({ description: '1 (little say) to 5 (can make or stop projects)' }),
	interest: scale.meta({ description: '1 (little concerned) to 5 (very keen)' }),
	contact: z.string().max(500),
	notes: z.string().max(20_000)
};

export const stakeholderSchema = z.object({
	id: z.uuid(),
	...profile,
	gains: z.array(z.string()).meta({ description: `What they would gain: ${gainIds.join(', ')}` }),
	resources: z.array(z.string()).meta({ description: `Resources: ${resourceIds.join(', ')}` }),
	commitments: z
		.array(z.string())
		.meta({ description: `Means of commitment: ${commitmentIds.join(', ')}` }),
	version: z.number().int().meta({ description: 'Send it back with PUT' }),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});

export const stakeholderDetailsSchema = stakeholderSchema.extend({
	pilotActions: z
		.array(z.object({ id: z.uuid(), title: z.string() }))
		.meta({ description: 'Pilot actions of the territory this stakeholder takes part in' })
});

/** A create body: the name, category, influence and interest are required. */
const createBody = z.object({
	...profile,
	gains: profile.gains.optional(),
	gainNote: profile.gainNote.optional(),
	resources: profile.resources.optional(),
	resourceNote: profile.resourceNote.optional(),
	commitments: profile.commitments.optional(),
	commitmentNote: profile.commitmentNote.optional(),
	contact: profile.contact.optional(),
	notes: profile.notes.optional()
});

export const listStakeholdersEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/stakeholders',
	operationId: 'listStakeholders',
	summary: "A territory's stakeholders, by name (members)",
	tag: 'ecosystem',
	auth: 'user',
	params: territoryParams,
	query: z.object({
		category: z.string().max(60).optional().meta({ description: 'Only this category' })
	}),
	response: z.object({ stakeholders: z.array(stakeholderSchema) }),
	errors: [401, 404]
});

export const createStakeholderEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/stakeholders',
	operationId: 'createStakeholder',
	summary: 'Add a stakeholder (contributors and above)',
	description: 'Names are unique in a territory, whatever the case (409 otherwise).',
	tag: 'ecosystem',
	auth: 'user',
	params: territoryParams,
	body: createBody,
	response: stakeholderSchema,
	status: 201,
	errors: [401, 403, 404, 409]
});

export const getStakeholderEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/stakeholders/{stakeholderId}',
	operationId: 'getStakeholder',
	summary: 'One stakeholder with its linked pilot actions (members)',
	tag: 'ecosystem',
	auth: 'user',
	params: stakeholderParams,
	response: stakeholderDetailsSchema,
	errors: [401, 404]
});

export const updateStakeholderEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/stakeholders/{stakeholderId}',
	operationId: 'updateStakeholder',
	summary: "Replace a stakeholder's profile (contributors and above)",
	description:
		'Send the `version` you read: if someone saved since, nothing is written and the answer is 409.',
	tag: 'ecosystem',
	auth: 'user',
	params: stakeholderParams,
	body: createBody.extend({ version: z.number().int().min(1) }),
	response: stakeholderSchema,
	errors: [401, 403, 404, 409]
});

export const deleteStakeholderEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/stakeholders/{stakeholderId}',
	operationId: 'deleteStakeholder',
	summary: 'Delete a stakeholder and its links to pilot actions (owners and editors)',
	tag: 'ecosystem',
	auth: 'user',
	params: stakeholderParams,
	response: z.object({}),
	status: 204,
	errors: [401, 403, 404]
});

export const ecosystemEndpoints: readonly Endpoint[] = [
	listStakeholdersEndpoint,
	createStakeholderEndpoint,
	getStakeholderEndpoint,
	updateStakeholderEndpoint,
	deleteStakeholderEndpoint
];
