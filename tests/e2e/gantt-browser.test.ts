import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import {
	buildMilestone,
	buildSolution
} from '../../src/lib/server/modules/roadmap/gantt/testing/factories';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser } from './support/browser';
import { openE2eDatabase } from './support/session';
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
	'solution,milestone,planned_start,planned_end,actual_start,actual_end,status,weight,responsible,depends_on';

async function follow(page: Page, name: string | RegExp): Promise<void> {
	await Promise.all([
		page.waitForURL(() => true),
		page.getByRole('link', { name }).first().click()
	]);
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
}

async function chooseFile(page: Page, content: string): Promise<void> {
	await page.getByLabel('CSV file').setInputFiles({
		name: 'milestones.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(content, 'utf8')
	});
}

for (const javaScript of [true, false]) {
	describe(`the Gantt chart in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('draws the roadmap, switches scale, reads in French, refuses a bad file and imports a good one', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			const solution = await buildSolution(database.db, {
				territory,
				title: 'Shared cybersecurity',
				startsOn: '2026-01-01',
				endsOn: '2026-12-31'
			});
			const audit = await buildMilestone(database.db, {
				solution,
				title: 'Audit of twenty municipalities',
				plannedStart: '2026-01-05',
				plannedEnd: '2026-03-20',
				baselineStart: '2026-01-05',
				baselineEnd: '2026-03-13',
				actualStart: '2026-01-12',
				actualEnd: '2026-03-27',
				status: 'done'
			});
			await buildMilestone(database.db, {
				solution,
				title: 'Pooled security operations',
				plannedStart: '2026-04-01',
				plannedEnd: '2026-07-31',
				dependsOn: [audit]
			});
			const page = await signedInPage(browser, baseUrl, javaScript, editor);

			await visit(page, `/territories/${territory.slug}`);
			await follow(page, `Gantt chart of the roadmap of ${territory.name}`);
			expect(await page.locator('main svg[role="img"]').count()).toBe(1);
			const chart = await main(page);
			expect(chart).toContain('Q1 2026');
			expect(chart).toContain('The chart as a table: milestones by solution');
			expect(chart).toContain('Done (late against the baseline)');
			expect(chart).toContain('Audit of twenty municipalities');

			// Scale switch: a GET form, the same with JavaScript off.
			await page.getByLabel('Months', { exact: true }).check();
			await send(page, 'Show the chart');
			expect(page.url()).toContain('scale=month');
			expect(await main(page)).toContain('Feb 2026');
			expect(await page.getByLabel('Months', { exact: true }).isChecked()).toBe(true);

			// In French, dates in the French way.
			await visit(page, `/fr/territories/${territory.slug}/roadmap/gantt?scale=quarter`);
			const french = await main(page);
			expect(french).toContain(`Diagramme de Gantt de ${territory.name}`);
			expect(french).toContain('T1 2026');
			expect(french).toContain('du 5 janv. 2026 au 20 mars 2026');

			// A bad file: the page stays, every problem by row and column, nothing written.
			await visit(page, `/territories/${territory.slug}/roadmap/gantt`);
			await follow(page, 'Import milestones from a CSV file');
			await chooseFile(
				page,
				`${header}\nShared cybersecurity,Training,02/03/2026,2026-05-31,,,,"1,5",,\n`
			);
			await send(page, 'Import the milestones');
			expect(page.url()).toContain('/roadmap/import');
			const refused = await main(page);
			expect(refused).toContain('There is a problem');
			expect(refused).toContain('Problems found in the file');
			expect(refused).toContain('“02/03/2026” is not written YYYY-MM-DD');
			expect(refused).toContain('“1,5” is not a whole number');
			expect(await page.locator('table tbody tr').first().textContent()).toContain('planned_start');

			await chooseFile(
				page,
				`${header}\nShared cybersecurity,Training,2026-05-01,2026-05-31,,,,2,,Audit of twenty municipalities\n`
			);
			await send(page, 'Import the milestones');
			expect(page.url()).toContain('/roadmap/gantt?notice=imported');
			const imported = await main(page);
			expect(imported).toContain('Milestones imported: 1 created, 0 updated, 0 unchanged.');
			expect(imported).toContain('Training');
		});

		it('says when the roadmap has no milestones', async () => {
			const territory = await buildTerritory(database.db);
			const viewer = await buildUser(database.db);
			await addMember(database.db, { territory, userId: viewer.user.id, role: 'viewer' });
			const page = await signedInPage(browser, baseUrl, javaScript, viewer);
			await visit(page, `/territories/${territory.slug}/roadmap/gantt`);
			const empty = await main(page);
			expect(empty).toContain('This roadmap has no milestones yet');
			expect(await page.getByRole('link', { name: 'Go to the roadmap' }).count()).toBeGreaterThan(
				0
			);
			expect(
				await page.getByRole('link', { name: 'Import milestones from a CSV file' }).count()
			).toBe(0);
		});
	});
}
