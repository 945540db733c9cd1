import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import {
	journeyStages,
	milestoneFields,
	milestoneStatuses,
	solutionFields,
	solutionStatuses,
	versionNumber
} from './solution-input';

const territoryParams = z.object({ slug });
const solutionParams = territoryParams.extend({ solutionId: z.uuid() });
const milestoneParams = solutionParams.extend({ milestoneId: z.uuid() });
const date = z.iso.date();

export const milestoneSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	description: z.string(),
	position: z.number().int(),
	plannedStart: date,
	plannedEnd: date,
	baselineStart: date.nullable(),
	baselineEnd: date.nullable(),
	actualStart: date.nullable(),
	actualEnd: date.nullable(),
	status: z.enum(milestoneStatuses),
	weight: z.number().int().min(1).max(5),
	responsibleId: z.uuid().nullable(),
	responsibleName: z.string().nullable(),
	dependsOn: z.array(z.uuid()),
	version: z.number().int(),
	updatedAt: z.iso.datetime()
});

export const solutionSummarySchema = z.object({
	id: z.uuid(),
	title: z.string(),
	stage: z.enum(journeyStages),
	status: z.enum(solutionStatuses),
	startsOn: date,
	endsOn: date,
	published: z.boolean(),
	progress: z.number().int().min(0).max(100).nullable().meta({
		description:
			'Σ(weight × share) / Σ(weight) over uncancelled milestones; done counts 1, in progress 0.5'
	}),
	baselineFrozenAt: z.iso.datetime().nullable(),
	version: z.number().int(),
	updatedAt: z.iso.datetime()
});

export const solutionDetailsSchema = solutionSummarySchema.extend({
	visionLink: z.string(),
	description: z.string(),
	coreTeam: z.string(),
	contributors: z.string(),
	supportNeeded: z.string(),
	timelineNote: z.string(),
	budgetAmount: z.string().nullable(),
	budgetCurrency: z.string(),
	fundingSources: z.string(),
	thematicAreaId: z.uuid().nullable(),
	pilotActionId: z.uuid().nullable(),
	practiceId: z.uuid().nullable(),
	ambitionIds: z.array(z.uuid()),
	milestones: z.array(milestoneSchema),
	createdAt: z.iso.datetime()
});

export const listSolutionsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/solutions',
	operationId: 'listSolutions',
	summary: "A territory's roadmap: its solutions in order, with their progress (members)",
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	response: z.object({
		progress: z.number().int().nullable().meta({
			description: 'Plain mean of the solutions’ progress, cancelled solutions left out'
		}),
		solutions: z.array(solutionSummarySchema)
	}),
	errors: [401, 404]
});

export const createSolutionEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/solutions',
	operationId: 'createSolution',
	summary: 'Add a solution sheet to the roadmap (contributors and above)',
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	body: solutionFields,
	response: solutionDetailsSchema,
	status: 201,
	errors: [401, 403, 404]
});

export const getSolutionEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}',
	operationId: 'getSolution',
	summary: 'One solution sheet with its milestones (members)',
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	response: solutionDetailsSchema,
	errors: [401, 404]
});

export const updateSolutionEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}',
	operationId: 'updateSolution',
	summary: 'Replace a solution sheet (contributors and above)',
	description:
		'Send the `version` you read: if someone saved since, nothing is written and the answer is 409. A period that would leave milestones outside it is refused (400).',
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	body: solutionFields.extend({ version: versionNumber }),
	response: solutionDetailsSchema,
	errors: [401, 403, 404, 409]
});

export const deleteSolutionEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}',
	operationId: 'deleteSolution',
	summary: 'Delete a solution sheet and its milestones (owners and editors)',
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	response: z.object({}),
	status: 204,
	errors: [401, 403, 404]
});

export const listMilestonesEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}/milestones',
	operationId: 'listMilestones',
	summary: "A solution's milestones in order: planned, baseline and actual dates (members)",
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	response: z.object({ milestones: z.array(milestoneSchema) }),
	errors: [401, 404]
});

export const createMilestoneEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}/milestones',
	operationId: 'createMilestone',
	summary: 'Add a milestone to a solution (contributors and above)',
	description:
		'Dates inside the solution’s period, end on or after start, actual dates not in the future; the responsible person a member of the territory; dependencies on milestones of the same territory, without loops. It has no baseline until the next freeze.',
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	body: milestoneFields,
	response: milestoneSchema,
	status: 201,
	errors: [401, 403, 404]
});

export const updateMilestoneEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}/milestones/{milestoneId}',
	operationId: 'updateMilestone',
	summary: 'Replace a milestone (contributors and above)',
	description:
		'Send the `version` you read: if someone saved since, nothing is written and the answer is 409. The baseline is never changed here.',
	tag: 'roadmap',
	auth: 'user',
	params: milestoneParams,
	body: milestoneFields.extend({ version: versionNumber }),
	response: milestoneSchema,
	errors: [401, 403, 404, 409]
});

export const deleteMilestoneEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}/milestones/{milestoneId}',
	operationId: 'deleteMilestone',
	summary: 'Delete a milestone (owners and editors)',
	tag: 'roadmap',
	auth: 'user',
	params: milestoneParams,
	response: z.object({}),
	status: 204,
	errors: [401, 403, 404]
});

export const freezeBaselineEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/solutions/{solutionId}/baseline',
	operationId: 'freezeBaseline',
	summary: "Freeze the baseline: copy the milestones' planned dates (owners and editors)",
	description:
		'A solution already frozen needs `refreeze: true` (400 otherwise); both freezes are audited.',
	tag: 'roadmap',
	auth: 'user',
	params: solutionParams,
	body: z.object({ refreeze: z.boolean().default(false) }),
	response: solutionDetailsSchema,
	errors: [401, 403, 404]
});

export const solutionEndpoints: readonly Endpoint[] = [
	listSolutionsEndpoint,
	createSolutionEndpoint,
	getSolutionEndpoint,
	updateSolutionEndpoint,
	deleteSolutionEndpoint,
	listMilestonesEndpoint,
	createMilestoneEndpoint,
	updateMilestoneEndpoint,
	deleteMilestoneEndpoint,
	freezeBaselineEndpoint
];
