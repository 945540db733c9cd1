import { z } from 'zod';
import { errorBodySchema, type Endpoint } from '../platform/http/api';

type JsonSchema = Record<string, unknown>;

const errorDescriptions: Record<number, string> = {
	400: 'Invalid input: `error.fields` names each field with its message.',
	401: 'Not authenticated: send a session cookie or `Authorization: Bearer <token>`.',
	403: 'Authenticated but not allowed.',
	404: 'Not found, or not visible to you.',
	409: 'Conflicts with the current state.',
	413: 'The request body is too large.',
	429: 'Too many attempts; see `Retry-After`.',
	500: 'Unexpected error; it has been logged with the request id.'
};

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
	delete json.$schema;
	return json;
}

function parametersOf(endpoint: Endpoint): JsonSchema[] {
	const parameters: JsonSchema[] = [];
	const add = (schema: z.ZodType | undefined, where: 'path' | 'query'): void => {
		if (!(schema instanceof z.ZodObject)) {
			return;
		}
		const shape = schema.shape as Record<string, z.ZodType>;
		for (const [name, field] of Object.entries(shape)) {
			parameters.push({
				name,
				in: where,
				required: where === 'path' || !field.safeParse(undefined).success,
				schema: schemaOf(field, 'input')
			});
		}
	};
	add(endpoint.params, 'path');
	add(endpoint.query, 'query');
	return parameters;
}

function operationOf(endpoint: Endpoint): JsonSchema {
	const status = endpoint.status ?? 200;
	const responses: Record<string, JsonSchema> = {
		[status]:
			status === 204
				? { description: 'Done; no content.' }
				: {
						description: 'Success.',
						content: { 'application/json': { schema: schemaOf(endpoint.response, 'output') } }
					}
	};
	const errorStatuses = new Set([400, 500, ...(endpoint.errors ?? [])]);
	if (endpoint.auth === 'user') {
		errorStatuses.add(401);
	}
	if (endpoint.body) {
		errorStatuses.add(413);
	}
	for (const code of [...errorStatuses].sort()) {
		responses[code] = {
			description: errorDescriptions[code] ?? 'Error.',
			content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
		};
	}
	return {
		operationId: endpoint.operationId,
		summary: endpoint.summary,
		...(endpoint.description ? { description: endpoint.description } : {}),
		tags: [endpoint.tag],
		...(endpoint.auth === 'user'
			? { security: [{ bearerToken: [] }, { sessionCookie: [] }] }
			: { security: [] }),
		parameters: parametersOf(endpoint),
		...(endpoint.body
			? {
					requestBody: {
						required: true,
						content: { 'application/json': { schema: schemaOf(endpoint.body, 'input') } }
					}
				}
			: {}),
		responses
	};
}

/** The OpenAPI 3.1 document, derived from the endpoint contracts (nothing written by hand). */
export function buildOpenApiDocument(endpoints: readonly Endpoint[], version: string): JsonSchema {
	const paths: Record<string, Record<string, JsonSchema>> = {};
	for (const endpoint of endpoints) {
		const operations = (paths[endpoint.path] ??= {});
		operations[endpoint.method.toLowerCase()] = operationOf(endpoint);
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Territoria API',
			version,
			description:
				'JSON API of Territoria. Authenticate with a personal API token (`Authorization: Bearer terr_…`, created on your account page) or a browser session. Errors share one body: `{ "error": { "code", "message", "fields"? } }`; messages are in English, or in French when the path starts with `/fr` (e.g. `/fr/api/v1/me`).',
			license: { name: 'AGPL-3.0-or-later' }
		},
		servers: [{ url: '/' }],
		paths,
		components: {
			schemas: { Error: schemaOf(errorBodySchema, 'output') },
			securitySchemes: {
				bearerToken: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
				sessionCookie: { type: 'apiKey', in: 'cookie', name: 'territoria_session' }
			}
		}
	};
}
