import { describe, expect, inject, it } from 'vitest';
import { waitForWarmSearch } from './support/server-process';

const baseUrl = inject('baseUrl');

describe('platform', () => {
	it('GET /healthz answers 200 {"status":"ok"} when the database answers, and says when search is warm', async () => {
		const response = await fetch(`${baseUrl}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			status: 'ok',
			search: expect.stringMatching(/^(ready|warming)$/) as unknown
		});
		await waitForWarmSearch(baseUrl, 30_000);
	});

	it('serves English at / and French at /fr with the right lang and dir', async () => {
		const english = await (await fetch(`${baseUrl}/`)).text();
		expect(english).toMatch(/<html lang="en" dir="ltr">/);
		const french = await (await fetch(`${baseUrl}/fr`)).text();
		expect(french).toMatch(/<html lang="fr" dir="ltr">/);
		expect(french).toContain('Aller au contenu principal');
	});

	it('sends the security headers, with a CSP that allows no inline script', async () => {
		const response = await fetch(`${baseUrl}/`);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp).not.toContain('unsafe-inline');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('x-request-id')).toBeTruthy();
	});

	it('compresses HTML for clients that accept gzip', async () => {
		const response = await fetch(`${baseUrl}/`, { headers: { 'accept-encoding': 'gzip' } });
		// fetch decompresses transparently; the header says what travelled.
		expect(response.headers.get('content-encoding')).toBe('gzip');
	});

	it('answers an unknown page with a translated 404 page, not a 500', async () => {
		const response = await fetch(`${baseUrl}/fr/nulle-part`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Erreur 404');
	});

	it('answers an unknown API path with the JSON error body', async () => {
		const response = await fetch(`${baseUrl}/api/v1/nowhere`, { method: 'POST' });
		expect(response.status).toBe(404);
		const body = (await response.json()) as { error: { code: string; message: string } };
		expect(body.error.code).toBe('not_found');
		expect(body.error.message).toBeTruthy();
	});

	it('refuses an oversized body with 413 and the error body', async () => {
		const response = await fetch(`${baseUrl}/api/v1/tokens`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })
		});
		expect(response.status).toBe(413);
		const body = (await response.json()) as { error: { code: string } };
		expect(body.error.code).toBe('payload_too_large');
	});

	it('publishes an OpenAPI 3.1 document', async () => {
		const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
		expect(response.status).toBe(200);
		const document = (await response.json()) as { openapi: string; paths: object };
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths)).toContain('/api/v1/openapi.json');
	});
});
