import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { uuid } from '../../platform/validation';
import { changePasswordInput } from './change-password';
import { createApiTokenInput } from './create-api-token';

const timestamp = z.iso.datetime({ offset: true });

export const profileSchema = z.object({
	id: z.uuid(),
	email: z.string(),
	displayName: z.string(),
	locale: z.enum(['en', 'fr']),
	platformRole: z.enum(['admin', 'moderator']).nullable(),
	createdAt: timestamp,
	passwordChangedAt: timestamp
});

export const apiTokenSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	/** The first characters of the token, to recognise it. */
	prefix: z.string(),
	status: z.enum(['active', 'expired', 'revoked']),
	createdAt: timestamp,
	expiresAt: timestamp,
	lastUsedAt: timestamp.nullable(),
	revokedAt: timestamp.nullable()
});

export const createdApiTokenSchema = z.object({
	token: z.string().meta({ description: 'The full token. It is shown this once only.' }),
	apiToken: apiTokenSchema
});

export const accountExportSchema = z.object({
	exportedAt: timestamp,
	profile: profileSchema.extend({ updatedAt: timestamp }),
	memberships: z.array(
		z.object({
			territoryId: z.uuid(),
			territorySlug: z.string(),
			territoryName: z.string(),
			role: z.enum(['owner', 'editor', 'contributor', 'viewer']),
			since: timestamp
		})
	),
	apiTokens: z.array(apiTokenSchema),
	sessions: z.array(
		z.object({ createdAt: timestamp, expiresAt: timestamp, userAgent: z.string().nullable() })
	),
	auditEntries: z.array(
		z.object({
			at: timestamp,
			action: z.string(),
			targetType: z.string(),
			targetId: z.string().nullable(),
			territoryId: z.uuid().nullable(),
			summary: z.record(z.string(), z.unknown())
		})
	)
});

export const getMeEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/me',
	operationId: 'getMe',
	summary: 'Your profile',
	tag: 'accounts',
	auth: 'user',
	response: profileSchema
});

export const exportMeEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/me/export',
	operationId: 'exportMyData',
	summary: 'Everything stored about your account',
	description:
		'Profile, memberships with territory names and roles, API tokens (without their secret), open sessions and the audit entries of your own actions.',
	tag: 'accounts',
	auth: 'user',
	response: accountExportSchema
});

export const changeMyPasswordEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/me/password',
	operationId: 'changeMyPassword',
	summary: 'Change your password',
	description:
		'Checks the current password (wrong ones count towards the sign-in lock, hence 429), then signs out every browser session except the one making the request. API tokens stay valid.',
	tag: 'accounts',
	auth: 'user',
	body: changePasswordInput,
	response: z.null(),
	status: 204,
	errors: [429]
});

export const listApiTokensEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/tokens',
	operationId: 'listApiTokens',
	summary: 'Your personal API tokens',
	tag: 'accounts',
	auth: 'user',
	response: z.object({ tokens: z.array(apiTokenSchema) })
});

export const createApiTokenEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/tokens',
	operationId: 'createApiToken',
	summary: 'Create a personal API token',
	description:
		'`expiresInDays` is 7, 30, 90 or 365. The full token is in this response only; store it now. 409 when you already have 50 active tokens.',
	tag: 'accounts',
	auth: 'user',
	body: createApiTokenInput,
	response: createdApiTokenSchema,
	status: 201,
	errors: [409]
});

export const revokeApiTokenEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/tokens/{id}',
	operationId: 'revokeApiToken',
	summary: 'Revoke one of your API tokens',
	tag: 'accounts',
	auth: 'user',
	params: z.object({ id: uuid }),
	response: z.null(),
	status: 204,
	errors: [404]
});

/** The accounts module's API endpoints (contracts only; handlers live under src/routes/api/v1). */
export const accountsEndpoints: Endpoint[] = [
	getMeEndpoint,
	exportMeEndpoint,
	changeMyPasswordEndpoint,
	listApiTokensEndpoint,
	createApiTokenEndpoint,
	revokeApiTokenEndpoint
];
