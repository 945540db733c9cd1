import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser } from './support/browser';
import { HttpClient, openE2eDatabase, signedInUser } from './support/session';
import { expectAccessible, send, signedInPage, visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
let database: Database;

beforeAll(async () => {
	browser = await launchBrowser();
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
});

afterAll(async () => {
	await browser.close();
	await database.close();
});

const main = async (page: Page): Promise<string> => (await page.textContent('main')) ?? '';
const header =
	'name,category,gains,gain_note,resources,resource_note,commitments,commitment_note,influence,interest,contact,notes';

async function upload(page: Page, name: string, bytes: Uint8Array): Promise<void> {
	await page
		.locator('#field-file')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
	await send(page, 'Import the file');
}

for (const javaScript of [true, false]) {
	describe(`the ecosystem in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('adds with bad input first, edits, and keeps the input on a conflict', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			const base = `/territories/${territory.slug}/ecosystem`;
			const page = await signedInPage(browser, baseUrl, javaScript, editor);

			await visit(page, `/territories/${territory.slug}`);
			await page.getByRole('link', { name: /^Map the stakeholders/ }).click();
			await page.waitForLoadState('load');
			await expectAccessible(page);
			expect(await main(page)).toContain('No stakeholder yet.');

			// Bad input first: the message sits by the field, the input stays.
			await visit(page, `${base}/new`);
			await page.getByLabel(/^Name/).fill('CITC');
			await page.getByLabel(/^Category/).selectOption('innovation-agencies');
			await page.getByLabel(/^Influence, from 1 to 5/).fill('9');
			await page.getByLabel(/^Interest, from 1 to 5/).fill('5');
			await page.getByLabel('Technical').check();
			await send(page, 'Add the stakeholder');
			expect(await main(page)).toContain('Give a whole number from 1 to 5.');
			expect(await page.getByLabel(/^Name/).inputValue()).toBe('CITC');
			expect(await page.getByLabel('Technical').isChecked()).toBe(true);
			await page.getByLabel(/^Influence, from 1 to 5/).fill('4');
			await send(page, 'Add the stakeholder');
			expect(page.url()).toMatch(/\/ecosystem\/[0-9a-f-]{36}\?notice=created$/);
			expect(await main(page)).toContain('The stakeholder is added.');
			const stakeholderPath = new URL(page.url()).pathname;

			await visit(page, `${stakeholderPath}/edit`);
			await page.getByLabel(/^Contact/).fill('contact@citc.example');
			await send(page, 'Save the changes');
			expect(await main(page)).toContain('Your changes are saved.');
			expect(await main(page)).toContain('contact@citc.example');

			// Someone else saves while the form is open: the input is kept, the differences shown.
			await visit(page, `${stakeholderPath}/edit`);
			await page.getByLabel(/^Interest, from 1 to 5/).fill('2');
			const api = new HttpClient(baseUrl);
			await api.signIn(editor.user.email, editor.password);
			const apiPath = `/api/v1/territories/${territory.slug}/stakeholders/${stakeholderPath.split('/').at(-1) ?? ''}`;
			const current = (await (await api.json(apiPath, 'GET')).json()) as Record<string, unknown>;
			const { id: _id, createdAt: _c, updatedAt: _u, pilotActions: _p, ...body } = current;
			expect((await api.json(apiPath, 'PUT', { ...body, influence: 5 })).status).toBe(200);
			await send(page, 'Save the changes');
			expect(await main(page)).toContain(
				'Someone saved this stakeholder while you were editing it'
			);
			expect(await page.getByLabel(/^Interest, from 1 to 5/).inputValue()).toBe('2');
			await send(page, 'Save my version');
			expect(await main(page)).toContain('Your changes are saved.');

			await page.context().close();
		});

		it('imports a file all or nothing, maps, filters, exports and deletes', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			const base = `/territories/${territory.slug}/ecosystem`;
			const page = await signedInPage(browser, baseUrl, javaScript, editor);
			const api = new HttpClient(baseUrl);
			await api.signIn(editor.user.email, editor.password);
			const created = await api.json(`/api/v1/territories/${territory.slug}/stakeholders`, 'POST', {
				name: 'CITC',
				category: 'innovation-agencies',
				influence: 4,
				interest: 5
			});
			const stakeholderPath = `${base}/${((await created.json()) as { id: string }).id}`;

			// Import: a Latin-1 file is refused whole, a UTF-8 one adds and updates.
			await visit(page, `${base}/import`);
			const latin1 = Uint8Array.from([
				...new TextEncoder().encode(`${header}\nUniversit`),
				0xe9,
				...new TextEncoder().encode(' de Lille,universities,,,,,,,4,3,,\n')
			]);
			await upload(page, 'latin1.csv', latin1);
			expect(await main(page)).toContain('The file is not UTF-8 text');
			await upload(
				page,
				'bad.csv',
				new TextEncoder().encode(`${header}\nOdd one,astrologers,,,,,,,3,3,,\n`)
			);
			expect(await main(page)).toContain('Unknown category “astrologers”');
			await upload(
				page,
				'ecosystem.csv',
				new TextEncoder().encode(
					`${header}\nUniversité de Lille,universities,knowledge,,human;data,,,,4,3,,\ncitc,innovation-agencies,,,technical,,,,5,5,,\n`
				)
			);
			expect(await main(page)).toContain('Import done: 1 added, 1 updated, 0 unchanged.');

			// The register, the map and its table.
			expect(await page.locator('svg.influence-map .point').count()).toBe(2);
			expect(await page.getByRole('img', { name: 'Influence and interest map' }).count()).toBe(1);
			const register = await main(page);
			expect(register).toContain('Université de Lille');
			expect(register).toContain('Manage closely');
			await page.getByLabel(/^Category/).selectOption('universities');
			await send(page, 'Show');
			expect(await page.locator('svg.influence-map .point').count()).toBe(1);

			const exported = await page.context().request.get(`${base}/export`);
			expect(exported.headers()['content-type']).toContain('text/csv');
			expect(exported.headers()['content-disposition']).toContain(
				`stakeholders-${territory.slug}.csv`
			);
			const csv = await exported.text();
			expect(csv).toContain(header);
			expect(csv).toContain('Université de Lille,universities,knowledge,,human;data');

			await visit(page, `/fr${base}`);
			expect(await main(page)).toContain('Carte de l’influence et de l’intérêt');

			await visit(page, `${stakeholderPath}/delete`);
			await send(page, 'Delete the stakeholder');
			expect(await main(page)).toContain('The stakeholder is deleted.');
			expect(await main(page)).not.toContain('citc');
			await page.context().close();
		});
	});
}

describe('the stakeholders API', () => {
	it('creates, reads, updates with its version, and deletes; other territories get 404', async () => {
		const territory = await buildTerritory(database.db);
		const editor = await signedInUser(database, baseUrl);
		const stranger = await signedInUser(database, baseUrl);
		await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
		const base = `/api/v1/territories/${territory.slug}/stakeholders`;
		const profile = { name: 'Emmaus Connect', category: 'ngos', influence: 2, interest: 4 };

		expect((await new HttpClient(baseUrl).json(base, 'GET')).status).toBe(401);
		expect((await editor.client.json(base, 'POST', { ...profile, influence: 7 })).status).toBe(400);
		const created = await editor.client.json(base, 'POST', { ...profile, gains: ['social-cause'] });
		expect(created.status).toBe(201);
		const row = (await created.json()) as { id: string; version: number; gains: string[] };
		expect(row).toMatchObject({ version: 1, gains: ['social-cause'] });
		const twin = await editor.client.json(base, 'POST', { ...profile, name: 'EMMAUS CONNECT' });
		expect(twin.status).toBe(409);
		expect(((await twin.json()) as { error: { fields: object } }).error.fields).toHaveProperty(
			'name'
		);

		expect((await stranger.client.json(`${base}/${row.id}`, 'GET')).status).toBe(404);
		const listed = (await (await editor.client.json(`${base}?category=ngos`, 'GET')).json()) as {
			stakeholders: { id: string }[];
		};
		expect(listed.stakeholders.map((s) => s.id)).toEqual([row.id]);

		const put = (version: number) =>
			editor.client.json(`${base}/${row.id}`, 'PUT', { ...profile, interest: 5, version });
		expect((await put(1)).status).toBe(200);
		expect((await put(1)).status).toBe(409);
		const one = (await (await editor.client.json(`${base}/${row.id}`, 'GET')).json()) as {
			version: number;
			interest: number;
			pilotActions: unknown[];
		};
		expect(one).toMatchObject({ version: 2, interest: 5, pilotActions: [] });

		expect((await stranger.client.json(`${base}/${row.id}`, 'DELETE')).status).toBe(404);
		expect((await editor.client.json(`${base}/${row.id}`, 'DELETE')).status).toBe(204);
		expect((await editor.client.json(`${base}/${row.id}`, 'GET')).status).toBe(404);
	});
});
