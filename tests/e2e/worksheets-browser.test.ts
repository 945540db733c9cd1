import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, type BuiltUser } from '../../src/lib/server/modules/accounts/testing/factories';
import type { MemberRole } from '../../src/lib/server/modules/territories/policy';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser } from './support/browser';
import { HttpClient, openE2eDatabase } from './support/session';
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

const worksheet = (slug: string, exercise = 'a4-pilot-actions'): string =>
	`/territories/${slug}/worksheets/afd-iddri/${exercise}`;

/** A territory with one new member per role asked for. */
async function territoryWith(
	...roles: MemberRole[]
): Promise<{ slug: string; people: BuiltUser[] }> {
	const territory = await buildTerritory(database.db);
	const people: BuiltUser[] = [];
	for (const role of roles) {
		const person = await buildUser(database.db);
		await addMember(database.db, { territory, userId: person.user.id, role });
		people.push(person);
	}
	return { slug: territory.slug, people };
}

/** Saves version 1 of the pilot actions as a browser without JavaScript would. */
async function seedPilotActions(slug: string, owner: BuiltUser, names: string[]): Promise<void> {
	const client = new HttpClient(baseUrl);
	await client.signIn(owner.user.email, owner.password);
	const fields = Object.fromEntries(names.map((name, row) => [`f.actions.${row}.name`, name]));
	const response = await client.postForm(`${worksheet(slug)}?/save`, {
		baseVersion: '0',
		...fields
	});
	expect(response.headers.get('location')).toContain('notice=saved');
}

const cell = (page: Page, column: string, row: number) =>
	page.getByLabel(`${column}, row ${row}`, { exact: true });
const text = async (page: Page, selector = 'main'): Promise<string> =>
	(await page.textContent(selector)) ?? '';

for (const javaScript of [true, false]) {
	describe(`worksheets in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('fills the pilot actions: an error keeps the input, a save shows in the progress', async () => {
			const { slug, people } = await territoryWith('owner');
			const [owner] = people as [BuiltUser];
			const page = await signedInPage(browser, baseUrl, javaScript, owner);
			await visit(page, `/territories/${slug}/worksheets`);
			const partA = 'label[for="progress-afd-iddri-a"]';
			expect(await text(page, partA)).toMatch(/^0 of \d+ exercises answered$/);
			await page.getByRole('link', { name: 'Scope your pilot actions' }).click();
			await page.waitForURL(new RegExp(`${worksheet(slug)}$`));
			await expectAccessible(page);
			expect(await text(page)).toContain('Not saved yet.');

			// A row with no name: the error summary points at the cell, the typed text stays.
			const rows = page.locator('table.rows-table tbody tr');
			expect(await rows.count()).toBe(3);
			const challenge = cell(page, 'The urban challenge it addresses', 1);
			await challenge.fill('Complaints go unanswered');
			await send(page, 'Show more rows');
			// One row typed in, three blank rows and five more asked for.
			expect(await rows.count()).toBe(9);
			expect(await challenge.inputValue()).toBe('Complaints go unanswered');
			await send(page, 'Save a new version');
			const summary = page.getByRole('alert');
			expect(await summary.textContent()).toContain('There is a problem');
			expect(await summary.getByRole('link').getAttribute('href')).toBe('#field-f.actions.0.name');
			expect(await summary.textContent()).toContain('Answer this question: it is required.');
			expect(await challenge.inputValue()).toBe('Complaints go unanswered');

			await cell(page, 'Name of the action', 1).fill('Complaints hotline');
			await cell(page, 'Area', 1).selectOption('neighbourhood');
			await cell(page, 'Name of the action', 2).fill('Facilities on OpenStreetMap');
			await send(page, 'Save a new version');
			expect(new URL(page.url()).search).toBe('?notice=saved');
			expect(await page.getByRole('status').textContent()).toBe(
				'The worksheet has been saved as a new version.'
			);
			expect(await text(page)).toMatch(/Version 1, saved on/);
			expect(await cell(page, 'Area', 1).inputValue()).toBe('neighbourhood');

			await visit(page, `/territories/${slug}`);
			const progress = page.getByRole('row', { name: /The challenges of digital technology/ });
			expect(await progress.locator('td').textContent()).toMatch(/^1 of \d+$/);
			await page.context().close();
		});

		it('copies the pilot actions into the roadmap and compares its versions', async () => {
			const { slug, people } = await territoryWith('owner');
			const [owner] = people as [BuiltUser];
			await seedPilotActions(slug, owner, ['Complaints hotline', 'Facilities on OpenStreetMap']);
			const page = await signedInPage(browser, baseUrl, javaScript, owner);
			await visit(page, worksheet(slug, 'a5-roadmap'));
			const offer = page.getByRole('complementary', { name: 'Answers from an earlier step' });
			expect(await offer.locator('li').allTextContents()).toEqual([
				'Complaints hotline',
				'Facilities on OpenStreetMap'
			]);
			await send(page, 'Copy into the list');
			expect(await cell(page, 'Action', 1).inputValue()).toBe('Complaints hotline');
			expect(await cell(page, 'Action', 2).inputValue()).toBe('Facilities on OpenStreetMap');
			await cell(page, 'Horizon', 1).selectOption('short');
			await send(page, 'Save a new version');
			expect(await page.getByRole('status').textContent()).toContain('saved as a new version');
			await cell(page, 'Lead (department or partner)', 1).fill('Citizen relations');
			await send(page, 'Save a new version');
			expect(await text(page)).toMatch(/Version 2, saved on/);

			await page.getByRole('link', { name: 'Versions and changes' }).click();
			await page.waitForURL(/\/a5-roadmap\/history$/);
			await expectAccessible(page);
			const versions = page.locator('table').first().locator('tbody tr');
			expect(await versions.count()).toBe(2);
			expect(await versions.first().textContent()).toContain(owner.user.displayName);
			expect(await versions.first().textContent()).toContain('Form');
			expect(await text(page, 'main h2')).toBe('Changes from version 1 to version 2');
			const change = page.getByRole('row', { name: /^Actions/ });
			expect(await change.locator('.diff-before').textContent()).not.toContain('Citizen relations');
			expect(await change.locator('.diff-after').textContent()).toContain(
				'Lead (department or partner): Citizen relations'
			);
			await page.locator('#compare-from').selectOption('0');
			await page.locator('#compare-to').selectOption('1');
			await send(page, 'Compare');
			// A GET form: with JavaScript on it navigates client-side, so wait for the result.
			await expect.poll(() => text(page, 'main h2')).toBe('Changes from version 0 to version 1');
			expect(await text(page, '.diff-after')).toContain('Action: Complaints hotline');
			await page.context().close();
		});

		it('shows the worksheet read-only to a viewer', async () => {
			const { slug, people } = await territoryWith('owner', 'viewer');
			const [owner, viewer] = people as [BuiltUser, BuiltUser];
			await seedPilotActions(slug, owner, ['Complaints hotline']);
			const page = await signedInPage(browser, baseUrl, javaScript, viewer);
			await visit(page, worksheet(slug));
			expect(await text(page)).toContain('You can read this worksheet');
			expect(await page.getByRole('button', { name: 'Save a new version' }).count()).toBe(0);
			expect(await page.locator('#field-file').count()).toBe(0);
			const name = cell(page, 'Name of the action', 1);
			expect(await name.inputValue()).toBe('Complaints hotline');
			expect(await name.getAttribute('readonly')).not.toBeNull();
			const refused = await page.context().request.post(`${worksheet(slug)}?/save`, {
				form: { baseVersion: '1', 'f.actions.0.name': 'Changed by a viewer' },
				headers: { origin: baseUrl, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(refused.status()).toBe(403);
			await visit(page, `${worksheet(slug)}/print`);
			expect(await text(page, 'table')).toContain('Complaints hotline');
			expect(await text(page, 'table')).not.toContain('Changed by a viewer');
			await page.context().close();
		});

		it('keeps the input of the second of two people saving at the same time', async () => {
			const { slug, people } = await territoryWith('owner', 'editor');
			const [owner, editor] = people as [BuiltUser, BuiltUser];
			const first = await signedInPage(browser, baseUrl, javaScript, owner);
			const second = await signedInPage(browser, baseUrl, javaScript, editor);
			await visit(first, worksheet(slug));
			await visit(second, worksheet(slug));
			await cell(first, 'Name of the action', 1).fill('Owner action');
			await send(first, 'Save a new version');
			expect(await first.getByRole('status').textContent()).toContain('saved as a new version');

			await cell(second, 'Name of the action', 1).fill('Editor action');
			const why = second.getByLabel('Which action starts first, and why?');
			await why.fill('It costs nothing');
			await send(second, 'Save a new version');
			const conflict = second.getByRole('alert');
			expect(await conflict.locator('h2').textContent()).toBe(
				'Someone saved this worksheet while you were editing it'
			);
			const actions = conflict.getByRole('row', { name: /^Pilot actions/ });
			expect(await actions.textContent()).toContain('Owner action');
			expect(await actions.textContent()).toContain('Editor action');
			expect(await cell(second, 'Name of the action', 1).inputValue()).toBe('Editor action');
			expect(await why.inputValue()).toBe('It costs nothing');

			await send(second, 'Save my version');
			expect(await second.getByRole('status').textContent()).toContain('saved as a new version');
			expect(await text(second)).toMatch(/Version 2, saved on/);
			expect(await cell(second, 'Name of the action', 1).inputValue()).toBe('Editor action');
			await first.context().close();
			await second.context().close();
		});

		it('refuses a file with a formula and imports files downloaded from the page', async () => {
			const { slug, people } = await territoryWith('owner');
			const [owner] = people as [BuiltUser];
			await seedPilotActions(slug, owner, ['Complaints hotline']);
			const page = await signedInPage(browser, baseUrl, javaScript, owner);
			const download = (format: string) =>
				page.context().request.get(`${worksheet(slug)}/download?format=${format}`);
			const upload = async (name: string, buffer: Buffer) => {
				await page.locator('#field-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
				await send(page, /^Import$/);
			};
			const firstVersion = await download('xlsx');
			expect(firstVersion.headers()['content-type']).toContain('spreadsheetml');
			await visit(page, worksheet(slug));

			const formula = 'field,row,column,question,value\r\nactions,1,name,Name,=1+1\r\n';
			await upload('pilot.csv', Buffer.from(formula));
			expect(await text(page, '.error-summary')).toContain('Nothing has been changed.');
			const problems = page.getByRole('table', { name: 'Problems found in the file' });
			expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([
				'pilot.csv\t2\t5\tFormulas are not accepted: type the value itself.'
			]);
			await visit(page, worksheet(slug));
			expect(await text(page)).toMatch(/Version 1, saved on/);
			expect(await cell(page, 'Name of the action', 1).inputValue()).toBe('Complaints hotline');

			const csv = await (await download('csv')).text();
			expect(csv).toContain('actions,1,name,Name of the action,Complaints hotline\r\n');
			await upload('pilot.csv', Buffer.from(csv.replace('hotline', 'hotline by text message')));
			expect(await page.getByRole('status').textContent()).toBe(
				'The file has been imported as a new version.'
			);
			expect(await text(page)).toMatch(/Version 2, saved on/);
			const name = cell(page, 'Name of the action', 1);
			expect(await name.inputValue()).toBe('Complaints hotline by text message');

			// The workbook downloaded at version 1 brings its answers back as version 3.
			await upload('pilot.xlsx', await firstVersion.body());
			expect(await text(page)).toMatch(/Version 3, saved on/);
			expect(await name.inputValue()).toBe('Complaints hotline');
			await visit(page, `${worksheet(slug)}/history`);
			expect(await page.locator('table').first().locator('tbody tr').allInnerTexts()).toEqual([
				expect.stringMatching(/^3\t.*\tFile import$/),
				expect.stringMatching(/^2\t.*\tFile import$/),
				expect.stringMatching(/^1\t.*\tForm$/)
			]);
			await page.context().close();
		});
	});
}
