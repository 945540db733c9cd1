import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser, newContext } from './support/browser';
import { clientAddress, openE2eDatabase } from './support/session';
import { expectAccessible, submit, visit } from './support/visit';

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

/** The answer key, read from the content the app serves, so the test follows the guide. */
const quiz = parse(readFileSync('content/methods/afd-iddri/quizzes/knowledge.yaml', 'utf8')) as {
	questions: { id: string; correct: string[]; options: { id: string }[] }[];
};
const quizPath = '/guide/afd-iddri/quizzes/knowledge';
const methodTitle = 'Smart city and local authorities — leading the digital transformation';

async function signInAs(page: Page, email: string, password: string): Promise<void> {
	await visit(page, '/sign-in');
	await page.getByLabel('Email address', { exact: false }).fill(email);
	await page.getByLabel(/^Password/).fill(password);
	await submit(page, 'Sign in');
}

/** Follows a link (client-side with JS on, a full load with it off) and checks the new page. */
async function follow(
	page: Page,
	link: Locator,
	url: RegExp | ((url: URL) => boolean)
): Promise<void> {
	await Promise.all([page.waitForURL(url), link.click()]);
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
}

const main = async (page: Page): Promise<string> => (await page.textContent('main')) ?? '';

/** Ticks the given options, question by question, and submits the quiz. */
async function answerQuiz(page: Page, answers: Record<string, string[]>): Promise<void> {
	for (const [question, options] of Object.entries(answers)) {
		for (const option of options) {
			await page.locator(`input[name="${question}"][value="${option}"]`).check();
		}
	}
	await submit(page, 'See my score');
	await expectAccessible(page);
}

const rightAnswers = (): Record<string, string[]> =>
	Object.fromEntries(quiz.questions.map((question) => [question.id, question.correct]));

for (const javaScript of [true, false]) {
	describe(`the guide in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('leads from the guide to a step, the glossary and the neighbouring steps', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/guide');
			expect(await page.textContent('h1')).toBe('Guide');
			await follow(page, page.getByRole('link', { name: methodTitle }), /\/guide\/afd-iddri$/);
			expect(await page.textContent('h1')).toBe(methodTitle);
			expect(await main(page)).toContain('Contents');
			const political = page.getByRole('region', { name: 'For the political team' });
			expect(await political.getByRole('link').allTextContents()).toContain(
				'Define a roadmap for scaling up'
			);
			const technical = page.getByRole('region', { name: 'For the technical team' });
			await follow(
				page,
				technical.getByRole('link', { name: 'Start with pilot actions to test' }),
				/\/guide\/afd-iddri\/a4$/
			);

			expect(await page.textContent('h1')).toBe('Start with pilot actions to test');
			const step = await main(page);
			for (const block of ['Goal', 'Key questions', 'Initiative', 'Practical exercise']) {
				expect(step).toContain(block);
			}
			expect(step).toContain('Define the scope of a pilot action');
			expect(step).toContain("Cape Town's information system");
			expect(step).toContain('Scope your pilot actions');
			// Anonymous: the exercise invites to sign in rather than listing territories.
			expect(step).toContain('Sign in and join or create a territory');
			const pager = page.getByRole('navigation', { name: 'Previous and next' });
			expect(await pager.locator('a[rel="prev"]').textContent()).toContain(
				'Identify possible partners and map the ecosystem'
			);

			// A glossary term is linked where it first appears, and lands on its definition.
			const term = page.locator('main a.term').first();
			const href = (await term.getAttribute('href')) ?? '';
			expect(href).toMatch(/^\/guide\/glossary#term-[a-z0-9-]+$/);
			const definition = (await term.getAttribute('title')) ?? '';
			expect(definition.length).toBeGreaterThan(20);
			await follow(page, term, (url) => url.pathname + url.hash === href);
			const entry = `dt[id="${href.split('#')[1]}"]`;
			expect(await page.locator(entry).count()).toBe(1);
			expect(await page.locator(`${entry} + dd`).innerText()).toBe(definition);

			await visit(page, '/guide/afd-iddri/a4');
			await follow(page, pager.locator('a[rel="next"]'), /\/guide\/afd-iddri\/a5$/);
			expect(await page.textContent('h1')).toBe('Define a roadmap for scaling up');
			await follow(page, pager.locator('a[rel="prev"]'), /\/guide\/afd-iddri\/a4$/);
			await context.close();
		});

		it('prints a step and a part, and says where to find help', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/guide/afd-iddri/a4');
			await follow(
				page,
				page.getByRole('link', { name: 'Printable version of this step' }),
				/\/a4\/print$/
			);
			expect(await page.textContent('h1')).toBe(methodTitle);
			expect(await page.locator('article.print-step > h2').allTextContents()).toEqual([
				'Start with pilot actions to test'
			]);
			expect(await main(page)).toContain('Define the scope of a pilot action');

			await visit(page, '/guide/afd-iddri/tracks/b1/print');
			expect(await page.textContent('h1')).toBe('B1 — Manage urban services');
			expect(await page.locator('article.print-step').count()).toBe(6);
			const suggestions = page.getByRole('complementary', { name: 'Suggestion box' });
			expect(await suggestions.locator('h2').allTextContents()).toContain(
				'Digital tools for managing solid waste'
			);

			await visit(page, '/guide/afd-iddri');
			await follow(
				page,
				page.getByRole('complementary', { name: 'Good to know' }).getByRole('link'),
				/\/guide\/afd-iddri\/help$/
			);
			expect(await page.textContent('h1')).toBe('Where to find help');
			expect(await main(page)).toContain('Development partners and donors');
			await context.close();
		});

		it('searches the guide in English and, without accents, in French', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/guide');
			await page.getByLabel('Search the guide').fill('pilot actions');
			await submit(page, /^Search$/);
			// With JavaScript on, a GET form navigates client-side: wait for the results.
			await page.waitForURL(/\/guide\/search\?q=/);
			await expect
				.poll(() => page.getByRole('status').textContent())
				.toMatch(/^Steps that mention “pilot actions”: \d+$/);
			await expectAccessible(page);
			const results = page.locator('.search-results');
			expect(await results.getByRole('link').allTextContents()).toContain(
				'Start with pilot actions to test'
			);
			expect((await results.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain(
				'pilot'
			);

			await visit(page, '/guide/search?q=zzqxv');
			expect(await page.getByRole('status').textContent()).toContain('Nothing found for “zzqxv”');

			await visit(page, '/fr/guide/search?q=donnees');
			expect(await page.getAttribute('html', 'lang')).toBe('fr');
			const french = page.locator('.search-results');
			expect(await french.locator('li').count()).toBeGreaterThan(0);
			expect(await french.locator('mark').allTextContents()).toContain('données');
			const first = french.getByRole('link').first();
			expect(await first.getAttribute('href')).toMatch(/^\/fr\/guide\/afd-iddri\//);
			await context.close();
		});

		it('scores the quiz of an anonymous visitor and points to the parts to read', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/guide');
			await follow(
				page,
				page.getByRole('link', { name: 'How much do you know about the smart city?' }),
				new RegExp(`${quizPath}$`)
			);
			expect(await page.locator('fieldset').count()).toBe(10);
			await answerQuiz(page, rightAnswers());
			const result = page.locator('.quiz-result');
			expect(await result.getByRole('status').textContent()).toBe('Your score: 10 out of 10');
			expect(await result.locator('h3').first().textContent()).toBe('Seasoned practitioner');
			expect(await result.textContent()).toContain('Corrections');
			expect(await result.textContent()).not.toContain('Parts of the guide to read next');
			expect(await result.locator('.quiz-corrections > li').count()).toBe(10);
			expect(await main(page)).not.toContain('Your previous attempts');

			await visit(page, quizPath);
			// q5 wrong (its key points to track B1), everything else right.
			const wrong = quiz.questions.find((question) => question.id === 'q5');
			const wrongOption = wrong?.options.find((option) => !wrong.correct.includes(option.id));
			await answerQuiz(page, { ...rightAnswers(), q5: [wrongOption?.id ?? ''] });
			expect(await result.getByRole('status').textContent()).toBe('Your score: 9 out of 10');
			const text = (await result.textContent()) ?? '';
			expect(text).toContain('Parts of the guide to read next');
			expect(text).toContain('Not quite (0)');
			const recommended = result.getByRole('link', { name: 'B1 — Manage urban services' });
			expect(await recommended.getAttribute('href')).toBe('/guide/afd-iddri/tracks/b1');
			await context.close();
		});

		it("lists a signed-in person's earlier attempts", async () => {
			const person = await buildUser(database.db);
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await signInAs(page, person.user.email, person.password);
			await visit(page, quizPath);
			expect(await main(page)).not.toContain('Your previous attempts');
			await answerQuiz(page, { q1: ['2'], q2: ['2'] });
			expect(await page.getByRole('status').textContent()).toBe('Your score: 1.5 out of 10');
			expect(await page.locator('.quiz-result h3').first().textContent()).toBe('First steps');

			await visit(page, quizPath);
			const attempts = page.getByRole('heading', { name: 'Your previous attempts' });
			expect(await attempts.count()).toBe(1);
			const items = await page
				.locator('h2:has-text("Your previous attempts") + ul li')
				.allTextContents();
			expect(items).toHaveLength(1);
			expect(items[0]).toContain('Your score: 1.5 out of 10');
			await context.close();
		});
	});
}
