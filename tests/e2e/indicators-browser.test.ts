import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, contextFor } from '../../src/lib/server/modules/accounts/testing/factories';
import { createIndicator } from '../../src/lib/server/modules/indicators/create-indicator';
import {
	buildSolution,
	indicatorInput
} from '../../src/lib/server/modules/indicators/testing/factories';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser, newContext } from './support/browser';
import { clientAddress, openE2eDatabase } from './support/session';
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

async function follow(page: Page, name: string | RegExp): Promise<void> {
	await Promise.all([
		page.waitForURL(() => true),
		page.getByRole('link', { name }).first().click()
	]);
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
}

describe('the indicator library', () => {
	it('shows the four families in English and French', async () => {
		const context = await newContext(browser, baseUrl, { javaScript: false, ip: clientAddress() });
		const page = await context.newPage();
		await visit(page, '/indicators');
		const english = await main(page);
		for (const family of [
			'Economic efficiency',
			'Technical optimisation and management',
			'Social inclusion',
			'Environmental sustainability'
		]) {
			expect(english).toContain(family);
		}
		expect(english).toContain('Choosing good indicators');
		await visit(page, '/fr/indicators');
		expect(await main(page)).toContain('Efficacité économique');
		await context.close();
	}, 60_000);
});

for (const javaScript of [true, false]) {
	describe(`indicators in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('adds an indicator from the library, keeps bad input, records, corrects and imports', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			const solution = await buildSolution(database.db, {
				territory,
				title: 'Shared e-administration network'
			});
			const page = await signedInPage(browser, baseUrl, javaScript, editor);

			await visit(page, `/territories/${territory.slug}`);
			await follow(page, `Indicators of ${territory.name}: targets, measurements and status`);
			expect(await main(page)).toContain('No indicator yet.');
			await follow(page, 'Add an indicator');
			await page.getByLabel(/^Solution or pilot action/).selectOption(`solution:${solution.id}`);
			await send(page, 'Continue');
			expect(await main(page)).toContain('For the solution “Shared e-administration network”.');
			await page.getByLabel(/^Start from the library/).selectOption('b4-online-procedures-share');
			await send(page, 'Use this indicator');
			expect(await page.locator('#field-title').inputValue()).toBe(
				'Administrative procedures completed online'
			);
			expect(await page.locator('#field-valueKind').inputValue()).toBe('percent');

			// A decimal comma and a target before the baseline: messages by the fields, input kept.
			await page.locator('#field-baselineValue').fill('34,5');
			await page.locator('#field-baselineOn').fill('2025-01-01');
			await page.locator('#field-targetValue').fill('60');
			await page.locator('#field-targetOn').fill('2024-12-01');
			await page.locator('#field-source').fill('Case management tool');
			await send(page, 'Add the indicator');
			expect(await main(page)).toContain('There is a problem');
			expect(await page.locator('#field-baselineValue-error').textContent()).toContain(
				'Use a point as decimal separator'
			);
			expect(await page.locator('#field-targetOn-error').textContent()).toContain(
				'must come after the baseline date'
			);
			expect(await page.locator('#field-baselineValue').inputValue()).toBe('34,5');
			expect(await page.locator('#field-source').inputValue()).toBe('Case management tool');
			await page.locator('#field-baselineValue').fill('34.5');
			await page.locator('#field-targetOn').fill('2026-12-31');
			await send(page, 'Add the indicator');
			expect(page.url()).toMatch(/\/indicators\/[0-9a-f-]{36}\?notice=created$/);
			expect(await main(page)).toContain('The indicator was added.');
			expect(await main(page)).toContain('No status: no measurement yet');
			const indicatorPath = new URL(page.url()).pathname;

			// Bad values are refused by the field; then a value, then a correction.
			await page.locator('#field-value').fill('101');
			await page.locator('#field-measuredOn').fill('31/02/2026');
			await send(page, 'Record');
			expect(await page.locator('#field-value-error').textContent()).toContain('from 0 to 100');
			expect(await page.locator('#field-measuredOn-error').textContent()).toContain('YYYY-MM-DD');
			expect(await page.locator('#field-measuredOn').inputValue()).toBe('31/02/2026');
			await page.locator('#field-value').fill('40');
			await page.locator('#field-measuredOn').fill('2025-07-01');
			await send(page, 'Record');
			expect(await main(page)).toContain('The measurement was recorded.');
			await page.locator('#field-value').fill('38');
			await page.locator('#field-measuredOn').fill('2025-07-01');
			await page.locator('#field-correctsId').selectOption({ index: 1 });
			await page.locator('#field-note').fill('Duplicates removed');
			await send(page, 'Record');
			const corrected = await main(page);
			expect(corrected).toContain('The correction was recorded');
			expect(corrected).toContain('Corrected since');
			expect(corrected).toContain('Duplicates removed');
			expect(corrected).toContain(editor.user.displayName);

			// Import: a file with a decimal comma is refused whole, a good one goes in.
			await follow(page, 'Import measurements (CSV)');
			await page.locator('#field-file').setInputFiles({
				name: 'values.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('date,value,source\n2025-10-01,"42,5",Tool\n2026-01-01,47,Tool\n')
			});
			await send(page, 'Import');
			expect(await main(page)).toContain('Use a point as decimal separator');
			await page.locator('#field-file').setInputFiles({
				name: 'values.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('date,value,source\n2025-10-01,42.5,Tool\n2026-01-01,48,Tool\n')
			});
			await send(page, 'Import');
			expect(await main(page)).toContain('The file was imported.');
			expect(await main(page)).toContain('On track');

			await visit(page, `/fr${indicatorPath}`);
			const french = await main(page);
			expect(french).toContain('Historique des mesures');
			expect(french).toContain('En bonne voie');

			// A third indicator for the same solution: allowed, with the guide's advice shown.
			const ctx = contextFor(database.db, editor.actor);
			await createIndicator(ctx, indicatorInput(territory, solution, { title: 'Second' }));
			await visit(page, `/territories/${territory.slug}/indicators/new?solution=${solution.id}`);
			expect(await main(page)).toContain('The guide advises one or two good indicators per action');
			await createIndicator(ctx, indicatorInput(territory, solution, { title: 'Third' }));
			await visit(page, `/territories/${territory.slug}/indicators`);
			expect(await main(page)).toContain('More than two indicators follow');

			await visit(page, indicatorPath);
			await follow(page, 'Delete the indicator');
			await send(page, 'Delete');
			expect(await main(page)).toContain('The indicator was deleted.');
			await page.context().close();
		}, 240_000);
	});
}
