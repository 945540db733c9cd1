import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { hostileJsonValues, hostileStrings, scriptMarker } from './support/hostile';
import { HttpClient, openE2eDatabase, signedInUser } from './support/session';

const baseUrl = inject('baseUrl');
let database: Database;
let browser: Browser | undefined;

/** Pages whose forms the fuzzer posts to; every form on them is found by parsing. */
const pagesWithForms = [
	'/sign-up',
	'/sign-in',
	'/password-reset',
	'/password-reset/not-a-real-token',
	'/account',
	'/account/tokens',
	'/territories',
	'/territories/new',
	'/invitations/not-a-real-invitation-token',
	'/guide/afd-iddri/quizzes/knowledge',
	'/practices',
	'/practices/contribute',
	'/practices/lagos-wecyclers/replicate'
];

interface FoundForm {
	page: string;
	action: string;
	fields: string[];
}

function formsIn(page: string, html: string): FoundForm[] {
	const forms: FoundForm[] = [];
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		const attributes = match[1] ?? '';
		if (!/method="post"/i.test(attributes)) {
			continue;
		}
		const action = /action="([^"]*)"/.exec(attributes)?.[1]?.replaceAll('&amp;', '&') ?? page;
		const fields = [
			...new Set(
				[...(match[2] ?? '').matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)].map(
					(field) => field[1] ?? ''
				)
			)
		];
		forms.push({ page, action: action.startsWith('?') ? page + action : action, fields });
	}
	return forms;
}

beforeAll(() => {
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
});

afterAll(async () => {
	await browser?.close();
	await database.close();
});

describe('hostile input never causes a 5xx and is always rendered escaped', () => {
	it('on every form, anonymous and signed in', async () => {
		let member = await signedInUser(database, baseUrl);
		// A territory the first member owns, so that its edit and members forms are fuzzed too.
		const territory = await buildTerritory(database.db);
		await addMember(database.db, { territory, userId: member.user.id, role: 'owner' });
		const ownedPages = [
			`/territories/${territory.slug}/edit`,
			`/territories/${territory.slug}/members`,
			`/territories/${territory.slug}/worksheets/afd-iddri/a4-pilot-actions`,
			`/territories/${territory.slug}/worksheets/afd-iddri/b1-3-stakeholders`
		];
		const anonymous = new HttpClient(baseUrl);
		const forms: { form: FoundForm; signedIn: boolean }[] = [];
		for (const [visitor, signedIn] of [
			[anonymous, false],
			[member.client, true]
		] as const) {
			for (const page of [...pagesWithForms, ...ownedPages]) {
				const response = await visitor.request(page);
				if (response.status === 200) {
					for (const form of formsIn(page, await response.text())) {
						forms.push({ form, signedIn });
					}
				}
			}
		}
		expect(forms.length).toBeGreaterThan(5);
		for (const { form, signedIn } of forms) {
			for (const value of hostileStrings) {
				if (signedIn && !member.client.sessionCookie) {
					// A form ended the session (sign-out), or wrong passwords locked the
					// account (as they should): carry on as a new member.
					member = await signedInUser(database, baseUrl);
				}
				const visitor = signedIn ? member.client : anonymous;
				const fields = Object.fromEntries(form.fields.map((name) => [name, value]));
				const response = await visitor.postForm(form.action, fields);
				const label = `${form.action} [${form.fields.join(', ')}] ← ${JSON.stringify(value.slice(0, 40))}`;
				expect(response.status, label).toBeLessThan(500);
				const body = await response.text();
				expect(body.includes(scriptMarker), `${label} reflected unescaped`).toBe(false);
			}
		}
	}, 300_000);

	it('on every API endpoint of the OpenAPI document, with hostile params and bodies', async () => {
		const { client } = await signedInUser(database, baseUrl);
		const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as {
			paths: Record<
				string,
				Record<
					string,
					{
						requestBody?: {
							content: Record<string, { schema: { properties?: Record<string, unknown> } }>;
						};
					}
				>
			>;
		};
		const anonymous = new HttpClient(baseUrl);
		let calls = 0;
		for (const [path, operations] of Object.entries(document.paths)) {
			for (const [method, operation] of Object.entries(operations)) {
				const properties = Object.keys(
					operation.requestBody?.content['application/json']?.schema.properties ?? {}
				);
				for (const visitor of [anonymous, client]) {
					for (const value of [...hostileStrings, ...hostileJsonValues]) {
						const param =
							typeof value === 'string' ? encodeURIComponent(value.slice(0, 2000)) : String(value);
						const url = path.replace(/\{[^}]+\}/g, param || 'x');
						const body =
							properties.length > 0 ? Object.fromEntries(properties.map((p) => [p, value])) : value;
						const response = await visitor.json(
							url,
							method.toUpperCase(),
							method === 'get' ? undefined : body
						);
						calls++;
						const label = `${method.toUpperCase()} ${url.slice(0, 80)} ← ${JSON.stringify(value).slice(0, 40)}`;
						expect(response.status, label).toBeLessThan(500);
						if (response.status >= 400) {
							const error = (await response.json()) as {
								error?: { code?: string; message?: string };
							};
							expect(error.error?.code, label).toBeTruthy();
							expect(error.error?.message, label).toBeTruthy();
						} else {
							await response.arrayBuffer();
						}
					}
				}
			}
		}
		expect(calls).toBeGreaterThan(50);
	}, 300_000);

	it('on the catalogue search, page, CSV and API, with hostile and oversized queries', async () => {
		const anonymous = new HttpClient(baseUrl);
		// Sliced as for the API params above: a 100 kB URL is refused by Node itself (431).
		const values = hostileStrings.map((value) => encodeURIComponent(value.slice(0, 2000)));
		const queries = [
			...values.map((value) => `q=${value}`),
			...values.map((value) => `domain=${value}&sort=${value}&page=${value}`),
			`q=${'x'.repeat(10_000)}`
		];
		for (const path of [
			'/practices',
			'/fr/practices',
			'/practices/export.csv',
			'/api/v1/practices'
		]) {
			for (const query of queries) {
				const response = await anonymous.request(`${path}?${query}`);
				const label = `GET ${path}?${query.slice(0, 60)} (${query.length} characters)`;
				expect([200, 400], label).toContain(response.status);
				const body = await response.text();
				expect(body.includes(scriptMarker), `${label} reflected unescaped`).toBe(false);
			}
		}
	}, 120_000);

	it('refuses a body that is not JSON with 400 invalid_json', async () => {
		const { client } = await signedInUser(database, baseUrl);
		const response = await client.request('/api/v1/tokens', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"name": '
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
			'invalid_json'
		);
	});
});
