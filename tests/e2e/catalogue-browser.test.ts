import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, type BuiltUser } from '../../src/lib/server/modules/accounts/testing/factories';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser, newContext } from './support/browser';
import {
	choice,
	field,
	fillPractice,
	fillRubric,
	follow,
	publish,
	send,
	signedInPage,
	status,
	text,
	uniqueWord
} from './support/catalogue';
import { clientAddress, openE2eDatabase } from './support/session';
import { expectAccessible, submit, visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
let database: Database;
let admin: BuiltUser;

beforeAll(async () => {
	browser = await launchBrowser();
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
	admin = await buildUser(database.db, { platformRole: 'admin' });
});

afterAll(async () => {
	await browser.close();
	await database.close();
});

/** "Practices found: 27" (or "Pratiques trouvées : 27") → 27. */
const total = async (page: Page): Promise<number> =>
	Number(/:\s*(\d+)$/.exec(await text(page, '#catalogue-results-title'))?.[1] ?? NaN);
const resultLinks = (page: Page) => page.locator('.practice-list h3 a');

for (const javaScript of [true, false]) {
	describe(`the catalogue in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('searches in French, filters, relaxes an empty search and pages', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/fr/practices');
			expect(await page.getAttribute('html', 'lang')).toBe('fr');
			expect(await text(page, 'h1')).toBe('Catalogue des pratiques');
			const all = await total(page);
			expect(all).toBeGreaterThanOrEqual(27);

			await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('déchets');
			await submit(page, 'Rechercher');
			// A GET form: with JavaScript on it navigates client-side, so wait for the results.
			await page.waitForURL(/\/fr\/practices\?q=d%C3%A9chets&sort=relevance$/);
			await expect
				.poll(() => resultLinks(page).first().getAttribute('href'))
				.toBe('/fr/practices/lagos-wecyclers');
			await expectAccessible(page);
			const found = await total(page);
			expect(found).toBeGreaterThan(1);
			expect(found).toBeLessThan(all);
			const csv = page.getByRole('link', { name: 'Télécharger ces résultats (CSV)' });
			expect(await csv.getAttribute('href')).toBe('/fr/practices/export.csv?q=d%C3%A9chets');
			const download = await context.request.get('/fr/practices/export.csv?q=d%C3%A9chets');
			expect(download.headers()['content-type']).toContain('text/csv');
			expect(await download.text()).toContain('/fr/practices/lagos-wecyclers');

			await choice(page, 'region', 'sub-saharan-africa').check();
			await submit(page, 'Appliquer les filtres');
			await page.waitForURL(/region=sub-saharan-africa/);
			await expect.poll(() => total(page)).toBeLessThan(found);
			await expectAccessible(page);
			expect(await resultLinks(page).first().getAttribute('href')).toBe(
				'/fr/practices/lagos-wecyclers'
			);
			expect(await choice(page, 'region', 'sub-saharan-africa').isChecked()).toBe(true);
			expect(await text(page, '.practice-list')).not.toContain('Katmandou');

			// Two filters that nothing matches: each remove link shows the search without one.
			await visit(page, '/fr/practices?domain=b1&region=north-america');
			expect(await text(page, '.catalogue-results')).toContain(
				'Aucune pratique ne correspond à cette recherche.'
			);
			expect(await text(page, '.catalogue-results')).toContain('Essayez de retirer un filtre');
			await follow(page, /^Retirer Région du monde/, /\/fr\/practices\?domain=b1$/);
			expect(await total(page)).toBeGreaterThan(0);
			expect(await resultLinks(page).allTextContents()).toContain(
				'Une collecte des recyclables en porte-à-porte, récompensée par une application'
			);
			await visit(page, '/fr/practices?q=zzzzzz');
			expect(await text(page, '.catalogue-results')).toContain('Essayez moins de mots');

			await visit(page, '/practices');
			expect(await text(page, '[aria-current="page"]')).toBe('Page 1 of 2');
			expect(await resultLinks(page).count()).toBe(20);
			await follow(page, 'Next page', /\/practices\?page=2$/);
			expect(await text(page, '[aria-current="page"]')).toBe('Page 2 of 2');
			expect(await resultLinks(page).count()).toBe(all - 20);
			expect(await page.getByRole('link', { name: 'Previous page' }).count()).toBe(1);

			// A guide step points to the practices that illustrate it.
			await visit(page, '/guide/afd-iddri/b1-4');
			const step = page.getByRole('region', { name: 'Practices illustrating this step' });
			const titles = await step.getByRole('link').allTextContents();
			expect(titles).toContain('Door-to-door collection of recyclables rewarded through an app');
			expect(titles).toContain("Mapping Accra's informal minibus network with smartphones");
			await follow(page, /^Door-to-door collection/, /\/practices\/lagos-wecyclers$/);
			const jsonLd = JSON.parse(
				(await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}'
			) as { '@type'?: string; name?: string };
			expect(jsonLd).toMatchObject({
				'@type': 'CreativeWork',
				name: 'Door-to-door collection of recyclables rewarded through an app'
			});
			await visit(page, '/fr/practices/lagos-wecyclers');
			expect(await text(page, 'h1')).toBe(
				'Une collecte des recyclables en porte-à-porte, récompensée par une application'
			);
			expect(
				await page
					.getByRole('link', { name: "Signaler que votre territoire l'a reprise" })
					.getAttribute('href')
			).toBe('/fr/practices/lagos-wecyclers/replicate');
			await visit(page, '/practices/rubric');
			expect(await text(page, 'h1')).toBe('The review rubric');
			await context.close();
		}, 180_000);

		it('takes a practice from its author to review and publication', async () => {
			const author = await buildUser(database.db);
			const word = uniqueWord();
			const title = `Budget votes by text message ${word}`;
			const page = await signedInPage(browser, baseUrl, javaScript, author);
			await visit(page, '/practices');
			await follow(page, 'Share your experience', /\/practices\/contribute$/);

			// A missing title and a script address: refused, every answer kept.
			await fillPractice(page, '', 'javascript:alert(1)');
			expect(await send(page, 'Submit for review')).toBe(400);
			const summary = page.getByRole('alert');
			expect(await summary.textContent()).toContain('There is a problem');
			expect(await text(page, '#field-title-error')).toBe('This field is required.');
			expect(await text(page, '#field-links-error')).toBe(
				'Enter a web address starting with https:// or http://.'
			);
			for (const name of ['title', 'links']) {
				expect(await summary.locator(`a[href="#field-${name}"]`).count(), name).toBe(1);
			}
			expect(await field(page, 'links').inputValue()).toBe('javascript:alert(1)');
			expect(await field(page, 'place').inputValue()).toBe('Guédiawaye, Senegal');
			expect(await page.locator('#field-region').inputValue()).toBe('sub-saharan-africa');
			expect(await page.locator('#field-countries').inputValue()).toBe('SN');
			expect(await choice(page, 'domains', 'b4').isChecked()).toBe(true);

			await page.getByLabel(/^Title/).fill(title);
			await field(page, 'links').fill('https://example.org/budget Final report');
			expect(await send(page, 'Submit for review')).toBe(303);
			expect(page.url()).toMatch(/\/contributions\/[0-9a-f-]+\?notice=submitted$/);
			const contribution = new URL(page.url()).pathname;
			expect(await text(page, 'h1')).toBe(title);
			expect(await status(page)).toBe('Submitted');
			expect(await page.getByRole('status').textContent()).toContain('Submitted for review');
			// Nobody reviews their own contribution.
			expect(await page.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);
			expect(await page.getByRole('button', { name: 'I am reviewing it' }).count()).toBe(0);
			await visit(page, '/contributions');
			expect(await page.getByRole('row', { name: new RegExp(word) }).textContent()).toContain(
				'Submitted'
			);

			const moderator = await signedInPage(browser, baseUrl, javaScript, admin);
			await visit(moderator, '/review');
			await follow(moderator, title, new RegExp(`${contribution}$`));
			expect(await send(moderator, 'I am reviewing it')).toBe(303);
			expect(await status(moderator)).toBe('In review');
			await choice(moderator, 'decision', 'publish').check();
			await field(moderator, 'comment').fill('Looks good.');
			expect(await send(moderator, 'Record the decision')).toBe(400);
			const refusal = await text(moderator, '.error-summary');
			expect(refusal).toContain('There is a problem');
			expect(refusal).toContain('To publish, fill in the whole rubric.');
			expect(await status(moderator)).toBe('In review');
			expect(await choice(moderator, 'decision', 'publish').isChecked()).toBe(true);
			expect(await field(moderator, 'comment').inputValue()).toBe('Looks good.');

			await fillRubric(moderator, { score: 3, decision: 'publish', evidence: 'peer-reviewed' });
			expect(await send(moderator, 'Record the decision')).toBe(303);
			expect(await status(moderator)).toBe('Published');
			expect(await moderator.getByRole('status').textContent()).toContain('Decision recorded');

			await visit(page, `/practices?q=${word}`);
			await expect.poll(() => resultLinks(page).allTextContents()).toEqual([title]);
			await follow(page, title, /\/practices\/[a-z0-9-]+$/);
			expect(await text(page, 'h1')).toBe(title);
			const review = page.getByRole('region', { name: 'Review' });
			expect(await review.textContent()).toContain('15 out of 20');
			expect(await text(page, 'section[aria-labelledby="practice-profile"]')).toContain(
				'Peer-reviewed'
			);
			await visit(page, contribution);
			expect(await status(page)).toBe('Published');
			expect(await text(page, 'section[aria-labelledby="reviews-title"]')).toContain(
				'Clear enough on completeness.'
			);
			await page.context().close();
			await moderator.context().close();
		}, 240_000);

		it('shows on the practice the replication a territory reported', async () => {
			// One practice per run, so that each shows exactly one replication.
			const slug = javaScript ? 'lagos-wecyclers' : 'accra-mobility-mapping';
			const territory = await buildTerritory(database.db, { name: `Roubaix ${uniqueWord()}` });
			const member = await buildUser(database.db);
			await addMember(database.db, { territory, userId: member.user.id, role: 'contributor' });
			const page = await signedInPage(browser, baseUrl, javaScript, member);
			await visit(page, `/practices/${slug}`);
			expect(await text(page, '#practice-replications')).toBe('Cities that reused it: 0');
			await follow(page, 'Report that your territory reused it', /\/replicate$/);

			await page.getByLabel(/^Territory/).selectOption(territory.slug);
			await field(page, 'population').fill('250000');
			await page.locator('#field-region').selectOption('europe');
			await page.locator('#field-country').selectOption('FR');
			await field(page, 'adapted').fill('We used cargo bikes instead of scooters.');
			await field(page, 'results').fill('Sorting doubled in the pilot districts.');
			await field(page, 'costEuros').fill('12000');
			await field(page, 'durationMonths').fill('9');
			await field(page, 'indicator.0.name').fill('Households served');
			await field(page, 'indicator.0.unit').fill('households');
			await field(page, 'indicator.0.before').fill('0');
			await field(page, 'indicator.0.after').fill('1200');
			await field(page, 'failures').fill('The app was too slow on old phones.');
			await choice(page, 'recommend', 'yes').check();
			expect(await send(page, 'Submit for review')).toBe(303);
			expect(await status(page)).toBe('Submitted');
			const contribution = new URL(page.url()).pathname;

			const moderator = await signedInPage(browser, baseUrl, javaScript, admin);
			await publish(moderator, contribution);
			await moderator.context().close();

			await visit(page, `/practices/${slug}`);
			const section = page.locator('section[aria-labelledby="practice-replications"]');
			expect(await text(page, '#practice-replications')).toBe('Cities that reused it: 1');
			const byRegion = section.getByRole('table', { name: 'Replications by world region' });
			expect(await byRegion.locator('tbody tr').allInnerTexts()).toEqual(['Europe\t1']);
			const bySize = section.getByRole('table', { name: 'Replications by population' });
			expect(await bySize.locator('tbody tr').allInnerTexts()).toEqual(['100,000 to 500,000\t1']);
			const report = section.locator('article.replication');
			expect(await report.locator('h3').textContent()).toContain(territory.name);
			const reportText = (await report.textContent()) ?? '';
			expect(reportText).toContain('We used cargo bikes instead of scooters.');
			expect(reportText).toContain('Sorting doubled in the pilot districts.');
			expect(reportText).toContain('The app was too slow on old phones.');
			const indicators = report.getByRole('table', { name: 'Indicators before and after' });
			expect(await indicators.locator('tbody tr').allInnerTexts()).toEqual([
				'Households served\t0 households\t1200 households'
			]);
			await page.context().close();
		}, 240_000);
	});
}
