import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import {
	insertIndicator,
	insertMeasurement,
	insertMilestone,
	insertSolution
} from '../../src/lib/server/modules/indicators/accountability/testing/factories';
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

for (const javaScript of [true, false]) {
	describe(`the public progress page, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('stays hidden until an editor publishes it, then shows only what is published', async () => {
			const db = database.db;
			const territory = await buildTerritory(db);
			const editor = await buildUser(db);
			await addMember(db, { territory, userId: editor.user.id, role: 'editor' });
			const shown = await insertSolution(db, territory, {
				title: 'Pooled cybersecurity',
				published: true
			});
			await insertMilestone(db, shown, { title: 'Political support', status: 'done' });
			const hidden = await insertSolution(db, territory, { title: 'Secret energy tool' });
			await insertMilestone(db, hidden, { title: 'Secret benchmark' });
			const indicator = await insertIndicator(db, territory, {
				solutionId: shown.id,
				title: 'Staff trained in cyber hygiene',
				unit: 'people',
				valueKind: 'count',
				published: true,
				targetValue: 400,
				targetOn: '2027-12-31'
			});
			await insertMeasurement(db, indicator, { value: 120, measuredOn: '2026-06-30' });
			const publicPath = `/t/${territory.slug}/progress`;

			const visitorContext = await newContext(browser, baseUrl, {
				javaScript,
				ip: clientAddress()
			});
			const visitor = await visitorContext.newPage();
			expect((await visitor.goto(publicPath))?.status()).toBe(404);

			const page = await signedInPage(browser, baseUrl, javaScript, editor);
			await visit(page, `/territories/${territory.slug}/roadmap/publication`);
			expect(await main(page)).toContain('The page is not public');
			expect(await main(page)).toContain('1 of 2 solutions are marked as published.');
			await page.getByLabel('Publish the progress page').check();
			await send(page, 'Save the publication choices');
			expect(await main(page)).toContain('Your publication choices are saved.');
			expect(await page.getByLabel('Publish the progress page').isChecked()).toBe(true);

			await visit(visitor, publicPath);
			const text = await main(visitor);
			expect(text).toContain(`Progress of ${territory.name}`);
			expect(text).toContain('Pooled cybersecurity');
			expect(text).toContain('Political support');
			expect(text).toContain('Staff trained in cyber hygiene');
			expect(text).not.toContain('Secret');
			expect(await visitor.getByRole('table').count()).toBe(2);

			await visit(visitor, `/fr${publicPath}`);
			expect(await main(visitor)).toContain(`Avancement de ${territory.name}`);
			expect(await main(visitor)).toContain('Jalons de «\u00a0Pooled cybersecurity\u00a0»');
			await expectAccessible(visitor);

			const csv = await visitorContext.request.get(`${publicPath}.csv`);
			expect(csv.headers()['content-type']).toContain('text/csv');
			expect(await csv.text()).not.toContain('Secret');
			const api = await visitorContext.request.get(
				`/api/v1/territories/${territory.slug}/accountability`
			);
			const body = (await api.json()) as { solutions: { title: string }[] };
			expect(body.solutions.map((s) => s.title)).toEqual(['Pooled cybersecurity']);
			await visitorContext.close();
			await page.context().close();
		});
	});
}
