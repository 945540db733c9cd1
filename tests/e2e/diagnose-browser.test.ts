import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser';
import { clientAddress } from './support/session';
import { expectAccessible, visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser.close();
});

for (const javaScript of [true, false]) {
	describe(`self-assessments in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('lists the assessments and shows one with its scoring rule, levels and questions, in both languages', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/');
			await Promise.all([
				page.waitForURL(/\/assessments$/),
				page.getByRole('link', { name: 'Self-assessments' }).click()
			]);
			await expectAccessible(page);
			expect(await page.textContent('h1')).toBe('Self-assessments');
			expect(await page.locator('main h2').count()).toBe(8);

			await visit(page, '/assessments/cybersecurity');
			const main = (await page.textContent('main')) ?? '';
			expect(main).toContain('How scores are computed');
			expect(main).toContain('Maturity levels');
			// Five levels in the table, and every question lists its answers with their points.
			expect(await page.locator('section[aria-labelledby="levels"] tbody tr').count()).toBe(5);
			expect(await page.locator('ol.questions > li').count()).toBeGreaterThanOrEqual(8);

			await visit(page, '/fr/assessments/cybersecurity');
			const french = (await page.textContent('main')) ?? '';
			expect(french).toContain('Comment les scores sont calculés');
			expect(french).toContain('Niveaux de maturité');
			await context.close();
		});
	});
}

describe('the assessments API', () => {
	it('lists the definitions and gives one in the requested language, 404 for an unknown one', async () => {
		const list = (await (await fetch(`${baseUrl}/api/v1/assessments?lang=fr`)).json()) as {
			assessments: { id: string; title: string; dimensions: { id: string }[] }[];
		};
		expect(list.assessments.map((a) => a.id)).toContain('cybersecurity');
		const response = await fetch(`${baseUrl}/api/v1/assessments/cybersecurity?lang=fr`);
		expect(response.status).toBe(200);
		const details = (await response.json()) as {
			levels: unknown[];
			unscoredAnswers: { id: string; label: string }[];
			dimensions: { questions: { options: { score: number }[] }[] }[];
		};
		expect(details.levels).toHaveLength(5);
		expect(details.unscoredAnswers).toEqual([
			{ id: 'dont-know', label: 'Je ne sais pas' },
			{ id: 'not-applicable', label: 'Sans objet' }
		]);
		for (const question of details.dimensions.flatMap((d) => d.questions)) {
			expect(question.options[0]?.score).toBe(0);
			expect(question.options.at(-1)?.score).toBe(100);
		}
		expect((await fetch(`${baseUrl}/api/v1/assessments/nothing-here`)).status).toBe(404);
		expect((await fetch(`${baseUrl}/api/v1/assessments?lang=de`)).status).toBe(400);
	});
});
