import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { riskMacroChallenges } from '../catalogue/vocabulary';
import { contentLocales } from '../guide/content-schema';
import { riskLevels } from './scoring';
import { acceptanceDecisions, riskStates, riskTreatments } from './vocabulary';

const lang = z.object({
	lang: z.enum(contentLocales).default('en').meta({ description: 'Language of the titles' })
});
const score = z.number().int().min(1).max(5);
const riskParams = z.object({ slug, riskId: z.uuid() });

export const riskTaxonomySchema = z.object({
	macroChallenges: z.array(
		z.object({
			id: z.enum(riskMacroChallenges),
			title: z.string(),
			risks: z.array(z.object({ id: z.string(), title: z.string() }))
		})
	)
});

export const riskSummarySchema = z.object({
	id: z.uuid(),
	title: z.string(),
	macroChallengeId: z.enum(riskMacroChallenges),
	/** Null for a custom risk. */
	taxonomyRiskId: z.string().nullable(),
	subject: z.object({ type: z.enum(['solution', 'pilot']), id: z.uuid(), title: z.string() }),
	description: z.string(),
	likelihood: score,
	impact: score,
	score: z.number().int().min(1).max(25),
	level: z.enum(riskLevels),
	ownerId: z.uuid().nullable(),
	ownerName: z.string().nullable(),
	treatment: z.enum(riskTreatments).nullable(),
	residualLikelihood: score.nullable(),
	residualImpact: score.nullable(),
	residualScore: z.number().int().min(1).max(25).nullable(),
	residualLevel: z.enum(riskLevels).nullable(),
	reviewOn: z.iso.date().nullable(),
	state: z.enum(riskStates),
	version: z.number().int(),
	updatedAt: z.iso.datetime()
});

export const riskDetailsSchema = riskSummarySchema.extend({
	actions: z.array(
		z.object({
			id: z.uuid(),
			description: z.string(),
			dueOn: z.iso.date().nullable(),
			doneOn: z.iso.date().nullable()
		})
	),
	acceptances: z.array(
		z.object({
			decision: z.enum(acceptanceDecisions),
			approverName: z.string(),
			rationale: z.string(),
			decidedAt: z.iso.datetime(),
			snapshot: z.object({
				state: z.string(),
				likelihood: z.number().int(),
				impact: z.number().int(),
				treatment: z.string().nullable(),
				residualLikelihood: z.number().int().nullable(),
				residualImpact: z.number().int().nullable(),
				openActions: z.number().int()
			})
		})
	),
	suggestedPractices: z.array(z.object({ slug: z.string(), title: z.string() }))
});

const sheetBody = {
	description: z.string().max(4_000).optional(),
	likelihood: score,
	impact: score,
	ownerId: z.uuid().nullable().optional(),
	treatment: z.enum(riskTreatments).nullable().optional(),
	residualLikelihood: score.nullable().optional(),
	residualImpact: score.nullable().optional(),
	reviewOn: z.iso.date().nullable().optional(),
	customTitle: z.string().max(200).nullable().optional(),
	macroChallengeId: z.enum(riskMacroChallenges).nullable().optional()
};

export const riskTaxonomyEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/risk-taxonomy',
	operationId: 'getRiskTaxonomy',
	summary: 'The risk taxonomy: 8 macro-challenges and their 48 risks (public, cacheable)',
	description:
		'The grouping follows the European Parliament STOA briefing “Social approach to the transition to smart cities” (2023); the wording of each risk is Territoria’s.',
	tag: 'risks',
	auth: 'none',
	query: lang,
	response: riskTaxonomySchema
});

export const listRisksEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/risks',
	operationId: 'listRisks',
	summary:
		"A territory's risks, highest score first, optionally of one solution or pilot action (members)",
	tag: 'risks',
	auth: 'user',
	params: z.object({ slug }),
	query: lang.extend({ solutionId: z.uuid().optional(), pilotActionId: z.uuid().optional() }),
	response: z.object({ risks: z.array(riskSummarySchema) }),
	errors: [401, 404]
});

export const createRiskEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/risks',
	operationId: 'createRisk',
	summary:
		'Add a risk to one solution or one pilot action, from the taxonomy or custom (contributors and above)',
	tag: 'risks',
	auth: 'user',
	params: z.object({ slug }),
	query: lang,
	body: z.object({
		solutionId: z.uuid().nullable().optional(),
		pilotActionId: z.uuid().nullable().optional(),
		taxonomyRiskId: z.string().max(80).nullable().optional(),
		...sheetBody
	}),
	response: riskDetailsSchema,
	status: 201,
	errors: [401, 403, 404]
});

export const getRiskEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/risks/{riskId}',
	operationId: 'getRisk',
	summary:
		'One risk: scores, treatment, actions, acceptance history and suggested practices (members)',
	tag: 'risks',
	auth: 'user',
	params: riskParams,
	query: lang,
	response: riskDetailsSchema,
	errors: [401, 404]
});

export const updateRiskEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/risks/{riskId}',
	operationId: 'updateRisk',
	summary:
		"Replace a risk's sheet; 409 on a stale version or an accepted risk's assessment (contributors and above)",
	tag: 'risks',
	auth: 'user',
	params: riskParams,
	query: lang,
	body: z.object({ ...sheetBody, version: z.number().int().min(1) }),
	response: riskDetailsSchema,
	errors: [401, 403, 404, 409]
});

export const deleteRiskEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/risks/{riskId}',
	operationId: 'deleteRisk',
	summary: 'Delete a risk with its actions and acceptance history (editors and owners)',
	tag: 'risks',
	auth: 'user',
	params: riskParams,
	response: z.object({}),
	status: 204,
	errors: [401, 403, 404]
});

export const acceptRiskEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/risks/{riskId}/acceptance',
	operationId: 'acceptRisk',
	summary:
		'Accept a risk in treatment, recording approver, time, rationale and the risk then (editors and owners)',
	description:
		'The risk needs a treatment and both residual scores (409 naming what is missing). `version`, when given, must be the current one.',
	tag: 'risks',
	auth: 'user',
	params: riskParams,
	query: lang,
	body: z.object({ rationale: z.string().max(4_000), version: z.number().int().min(1).optional() }),
	response: riskDetailsSchema,
	errors: [401, 403, 404, 409]
});

export const revokeAcceptanceEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/risks/{riskId}/acceptance',
	operationId: 'revokeRiskAcceptance',
	summary:
		"Revoke a risk's acceptance: recorded, and the risk goes back into treatment (editors and owners)",
	tag: 'risks',
	auth: 'user',
	params: riskParams,
	query: lang,
	body: z.object({
		rationale: z.string().max(4_000).optional(),
		version: z.number().int().min(1).optional()
	}),
	response: riskDetailsSchema,
	errors: [401, 403, 404, 409]
});

export const risksEndpoints: readonly Endpoint[] = [
	riskTaxonomyEndpoint,
	listRisksEndpoint,
	createRiskEndpoint,
	getRiskEndpoint,
	updateRiskEndpoint,
	deleteRiskEndpoint,
	acceptRiskEndpoint,
	revokeAcceptanceEndpoint
];
