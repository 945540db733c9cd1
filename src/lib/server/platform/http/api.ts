import { json, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor, UserActor } from '../actor';
import { AppError } from '../errors';
import { translate, translateIssue } from '../i18n/messages';
import { logger } from '../logger';
import { queryObject } from './query';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One endpoint's contract: the single source for validation, types and the OpenAPI
 * document. Contracts live in `modules/<module>/api-contracts.ts` and are listed in
 * `src/lib/server/api/contracts.ts`.
 */
export interface Endpoint<
	P extends z.ZodType = z.ZodType,
	Q extends z.ZodType = z.ZodType,
	B extends z.ZodType = z.ZodType,
	R extends z.ZodType = z.ZodType
> {
	method: HttpMethod;
	/** OpenAPI style, e.g. `/api/v1/territories/{slug}`. */
	path: string;
	operationId: string;
	summary: string;
	description?: string;
	tag: string;
	/** `user`: a session cookie or a personal API token is required. */
	auth: 'none' | 'user';
	params?: P;
	query?: Q;
	body?: B;
	response: R;
	/** Success status; 204 sends no body. */
	status?: 200 | 201 | 204;
	/** Error statuses this endpoint may answer besides 400 and 500, for the document. */
	errors?: number[];
}

/** Keeps the literal type, so handlers know which of params, query and body exist. */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
	return endpoint;
}

/** The error body every API error uses. */
export const errorBodySchema = z.object({
	error: z.object({
		code: z.string(),
		message: z.string(),
		fields: z.record(z.string(), z.string()).optional()
	})
});

export function errorResponse(
	status: number,
	code: string,
	message: string,
	fields?: Record<string, string>,
	headers?: Record<string, string>
): Response {
	return json(
		{ error: fields ? { code, message, fields } : { code, message } },
		{ status, headers }
	);
}

function validationResponse(error: z.ZodError, prefix: string): Response {
	const fields: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix;
		fields[key] ??= translateIssue(issue);
	}
	return errorResponse(400, 'validation', translate('error_validation'), fields);
}

export function appErrorResponse(error: AppError): Response {
	const fields = error.fields
		? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, translate(v)]))
		: undefined;
	const headers: Record<string, string> = error.retryAfterSeconds
		? { 'retry-after': String(error.retryAfterSeconds) }
		: {};
	return errorResponse(error.status, error.code, translate(error.messageKey), fields, headers);
}

async function readJsonBody(
	event: RequestEvent
): Promise<{ ok: true; value: unknown } | { ok: false }> {
	const text = await event.request.text();
	if (text.trim() === '') {
		return { ok: true, value: {} };
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		// Not JSON: answered below as a 400 with its own code, so nothing is lost.
		return { ok: false };
	}
}

export interface ApiInput<P, Q, B, A extends Actor> {
	params: P;
	query: Q;
	body: B;
	actor: A;
	event: RequestEvent;
}

type ActorFor<E extends Endpoint> = E['auth'] extends 'user' ? UserActor : Actor;
type Part<E, K extends 'params' | 'query' | 'body'> = E extends { [P in K]: infer S }
	? S extends z.ZodType
		? z.output<S>
		: undefined
	: undefined;

/**
 * Builds a SvelteKit handler from a contract, in the fixed order: authenticate →
 * validate → (the use case authorizes) → call → present. The handler returns data that
 * must match the response schema; the schema strips anything it does not declare.
 */
export function apiHandler<E extends Endpoint>(
	endpoint: E,
	run: (
		input: ApiInput<Part<E, 'params'>, Part<E, 'query'>, Part<E, 'body'>, ActorFor<E>>
	) => Promise<z.input<E['response']>>
): RequestHandler {
	return async (event) => {
		try {
			// The body is read first, even for a request refused below: an unread body left
			// on a kept-alive connection got the next request on it reset (ECONNRESET).
			// BODY_SIZE_LIMIT bounds what this reads.
			const raw = endpoint.body ? await readJsonBody(event) : undefined;
			const actor = event.locals.actor;
			if (endpoint.auth === 'user' && actor.kind !== 'user') {
				return errorResponse(401, 'unauthenticated', translate('error_unauthenticated'));
			}
			const params = endpoint.params?.safeParse(event.params);
			if (params && !params.success) {
				return errorResponse(404, 'not_found', translate('error_not_found'));
			}
			const query = endpoint.query?.safeParse(queryObject(event.url.searchParams));
			if (query && !query.success) {
				return validationResponse(query.error, 'query');
			}
			let body: z.ZodSafeParseResult<unknown> | undefined;
			if (endpoint.body && raw) {
				if (!raw.ok) {
					return errorResponse(400, 'invalid_json', translate('error_invalid_json'));
				}
				body = endpoint.body.safeParse(raw.value);
				if (!body.success) {
					return validationResponse(body.error, '');
				}
			}
			const result = await run({
				params: params?.data,
				query: query?.data,
				body: body?.data,
				actor,
				event
			} as ApiInput<Part<E, 'params'>, Part<E, 'query'>, Part<E, 'body'>, ActorFor<E>>);
			if (endpoint.status === 204) {
				return new Response(null, { status: 204 });
			}
			return json(endpoint.response.parse(result), { status: endpoint.status ?? 200 });
		} catch (error) {
			if (error instanceof AppError) {
				return appErrorResponse(error);
			}
			logger.error({ err: error, requestId: event.locals.requestId }, 'api handler failed');
			return errorResponse(500, 'internal', translate('error_internal'));
		}
	};
}
