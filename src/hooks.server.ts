import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { seedDemoIfEmpty } from '$lib/server/demo/seed-demo';
import { ContentError, startGuideContent } from '$lib/server/modules/guide/content';
import { syncSearchIndex } from '$lib/server/modules/guide/sync-search-index';
import { startCatalogueContent } from '$lib/server/modules/catalogue/content';
import { syncContentPractices } from '$lib/server/modules/catalogue/sync-content-practices';
import { warmSearch } from '$lib/server/modules/catalogue/warm-search';
import { startAssessmentContent } from '$lib/server/modules/diagnose/content';
import { startRiskContent } from '$lib/server/modules/risks/content';
import {
	resolveApiToken,
	resolveSession,
	sessionCookieName
} from '$lib/server/modules/accounts/sessions';
import { anonymous } from '$lib/server/platform/actor';
import { ConfigError, config } from '$lib/server/platform/config';
import { db, startDatabase, stopDatabase } from '$lib/server/platform/db/runtime';
import { errorResponse } from '$lib/server/platform/http/api';
import { securityHeaders } from '$lib/server/platform/http/security-headers';
import { textDirection, translate } from '$lib/server/platform/i18n/messages';
import { logger } from '$lib/server/platform/logger';

export const init: ServerInit = async () => {
	try {
		config();
	} catch (error) {
		if (error instanceof ConfigError) {
			console.error(error.message);
			process.exit(1);
		}
		throw error;
	}
	const stopOnContentError = (error: unknown): never => {
		if (error instanceof ContentError) {
			console.error(error.message);
			process.exit(1);
		}
		throw error;
	};
	const content = await startGuideContent().catch(stopOnContentError);
	const practices = await startCatalogueContent(content.methods).catch(stopOnContentError);
	await startAssessmentContent(content.methods).catch(stopOnContentError);
	await startRiskContent().catch(stopOnContentError);
	const database = await startDatabase();
	await syncSearchIndex(database.db, content.methods);
	await syncContentPractices(database.db, practices);
	if (config().TERRITORIA_DEMO === '1') {
		await seedDemoIfEmpty(database.db);
	}
	// In the background: the app answers meanwhile, and /healthz says when search is warm.
	warmSearch(database.db).catch((error: unknown) => {
		logger.error({ err: error }, 'search warm-up failed: searches build their indexes');
	});
	// The Node server emits this once in-flight requests have finished (server/index.js).
	process.once('sveltekit:shutdown', () => {
		void stopDatabase();
	});
};

const requestContext: Handle = async ({ event, resolve }) => {
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) ?? randomUUID();
	event.locals.actor = anonymous;
	event.locals.sessionId = null;
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	logger.info(
		{
			requestId: event.locals.requestId,
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

/**
 * Refuses oversized bodies before anything reads them: the JSON error body for the API, a
 * short page in the visitor's language for a form (a too-large upload, say).
 */
const bodyLimit: Handle = async ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (length <= config().BODY_SIZE_LIMIT) {
		return resolve(event);
	}
	if (deLocalizeUrl(event.url).pathname.startsWith('/api/')) {
		return errorResponse(413, 'payload_too_large', translate('error_payload_too_large'));
	}
	const locale = /^\/fr(\/|$)/.test(event.url.pathname) ? 'fr' : 'en';
	const text = (key: string) => escapeHtml(translate(key, {}, locale));
	return new Response(
		`<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${text('error_payload_too_large')}</title>` +
			`<main><h1>${text('error_payload_too_large')}</h1><p>${text('error_payload_too_large_back')}</p></main></html>`,
		{ status: 413, headers: { 'content-type': 'text/html; charset=utf-8' } }
	);
};

const escapeHtml = (value: string): string =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const authentication: Handle = async ({ event, resolve }) => {
	const now = new Date();
	const authorization = event.request.headers.get('authorization');
	if (
		authorization?.startsWith('Bearer ') &&
		deLocalizeUrl(event.url).pathname.startsWith('/api/')
	) {
		const actor = await resolveApiToken(db(), authorization.slice(7).trim(), now);
		if (!actor) {
			return errorResponse(401, 'unauthenticated', translate('error_invalid_token'));
		}
		event.locals.actor = actor;
		return resolve(event);
	}
	const token = event.cookies.get(sessionCookieName);
	if (token) {
		const session = await resolveSession(db(), token, now);
		if (session) {
			event.locals.actor = session.actor;
			event.locals.sessionId = session.sessionId;
		} else {
			event.cookies.delete(sessionCookieName, { path: '/' });
		}
	}
	return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', textDirection(locale))
		});
	});

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	securityHeaders(response.headers, event.url.protocol === 'https:');
	return response;
};

export const handle = sequence(requestContext, headers, bodyLimit, i18n, authentication);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) {
		logger.error({ err: error, requestId: event.locals.requestId }, 'unhandled error');
	}
	return {
		message: status === 404 ? translate('error_not_found') : translate('error_internal'),
		requestId: event.locals.requestId
	};
};
