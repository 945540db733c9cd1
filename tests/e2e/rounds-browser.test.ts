import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser } from './support/browser';
import { HttpClient, openE2eDatabase, signedInUser } from './support/session';
import { send, signedInPage, visit } from './support/visit';

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

/** The questions of the cybersecurity assessment, as the app serves them. */
const cyber = parse(readFileSync('content/assessments/cybersecurity.yaml', 'utf8')) as {
	dimensions: { questions: { id: string; options: { id: string }[] }[] }[];
};
const questions = cyber.dimensions.flatMap((d) => d.questions);

const main = async (page: Page): Promise<string> => (await page.textContent('main')) ?? '';

/** Ticks, for every question, the option at `pick` ("first" weakest, "last" strongest). */
async function answerAll(page: Page, pick: 'first' | 'last'): Promise<void> {
	for (const question of questions) {
		const option = pick === 'first' ? question.options[0] : question.options.at(-1);
		await page.locator(`input[name="${question.id}"][value="${option?.id ?? ''}"]`).check();
	}
}

for (const javaScript of [true, false]) {
	describe(`assessment rounds in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('opens a round, keeps bad input, takes two people’s answers and closes with the median', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			const contributor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			await addMember(database.db, { territory, userId: contributor.user.id, role: 'contributor' });

			const page = await signedInPage(browser, baseUrl, javaScript, editor);
			await visit(page, `/territories/${territory.slug}/assessments`);
			expect(await main(page)).toContain('No round yet.');
			// An end before the start: the message sits by the field, the input stays.
			await page.getByLabel(/^Self-assessment/).selectOption('cybersecurity');
			await page.getByLabel(/^Start of the period/).fill('2027-03-31');
			await page.getByLabel(/^End of the period/).fill('2027-01-01');
			await send(page, 'Open the round');
			expect(await main(page)).toContain('The end of the period must not come before its start.');
			expect(await page.getByLabel(/^Start of the period/).inputValue()).toBe('2027-03-31');
			await page.getByLabel(/^End of the period/).fill('2027-06-30');
			await send(page, 'Open the round');
			expect(page.url()).toMatch(/\/assessments\/[0-9a-f-]{36}$/);
			const roundPath = new URL(page.url()).pathname;
			expect(await main(page)).toContain('No answer counts yet');

			// Closing with no answer is refused with a message.
			await send(page, 'Close the round');
			expect(await main(page)).toContain('Nobody has answered this round yet');

			await answerAll(page, 'last');
			await send(page, 'Save my answers');
			expect(await main(page)).toContain('Your answers are saved.');

			const colleague = await signedInPage(browser, baseUrl, javaScript, contributor);
			await visit(colleague, roundPath);
			await answerAll(colleague, 'first');
			await send(colleague, 'Save my answers');
			expect(await main(colleague)).toContain('Respondents counted: 2.');
			expect(await colleague.getByRole('button', { name: 'Close the round' }).count()).toBe(0);

			await visit(page, roundPath);
			await send(page, 'Close the round');
			const results = await main(page);
			expect(results).toContain('The round is closed');
			expect(results).toContain('Overall: 50/100, level 3');
			expect(await page.locator('svg.score-bars rect').count()).toBe(cyber.dimensions.length);
			expect(await page.getByRole('button', { name: 'Save my answers' }).count()).toBe(0);

			await visit(page, `/fr${roundPath}`);
			expect(await main(page)).toMatch(/Ensemble\s:\s50\/100, niveau 3/);

			// A second round, answered at the strongest by the editor alone, then compared.
			const api = new HttpClient(baseUrl);
			await api.signIn(editor.user.email, editor.password);
			const rounds = `/api/v1/territories/${territory.slug}/rounds`;
			const second = (await (
				await api.json(rounds, 'POST', {
					assessmentId: 'cybersecurity',
					periodStart: '2028-01-01',
					periodEnd: '2028-03-31'
				})
			).json()) as { id: string };
			const strongest = Object.fromEntries(
				questions.map((q) => [q.id, q.options.at(-1)?.id ?? ''])
			);
			await api.json(`${rounds}/${second.id}/response`, 'PUT', { answers: strongest });
			await api.json(`${rounds}/${second.id}/close`, 'POST');
			await visit(page, `/territories/${territory.slug}/assessments`);
			await send(page, 'Compare');
			const compared = await main(page);
			expect(compared).toContain('Compare two rounds');
			expect(compared).toContain('+50 (improved)');
			await page.context().close();
			await colleague.context().close();
		});
	});
}

describe('the assessment rounds API', () => {
	it('opens a round, takes answers, closes it and gives results with recommendations', async () => {
		const territory = await buildTerritory(database.db);
		const editor = await signedInUser(database, baseUrl);
		const stranger = await signedInUser(database, baseUrl);
		await addMember(database.db, { territory, userId: editor.user.id, role: 'owner' });
		const base = `/api/v1/territories/${territory.slug}/rounds`;

		const opened = await editor.client.json(base, 'POST', {
			assessmentId: 'cybersecurity',
			periodStart: '2027-01-01',
			periodEnd: '2027-03-31'
		});
		expect(opened.status).toBe(201);
		const round = (await opened.json()) as { id: string; status: string };
		expect(round.status).toBe('open');

		const [first] = questions;
		const bad = await editor.client.json(`${base}/${round.id}/response`, 'PUT', {
			answers: { [first?.id ?? '']: 'perhaps' }
		});
		expect(bad.status).toBe(400);
		expect(
			((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields
		).toHaveProperty(first?.id ?? '');
		// Every question at its weakest: every dimension is a weak area.
		const weakest = Object.fromEntries(questions.map((q) => [q.id, q.options[0]?.id ?? '']));
		const saved = await editor.client.json(`${base}/${round.id}/response`, 'PUT', {
			answers: weakest
		});
		expect(saved.status).toBe(200);
		expect((await stranger.client.json(`${base}/${round.id}/results`, 'GET')).status).toBe(404);

		const closed = await editor.client.json(`${base}/${round.id}/close`, 'POST');
		expect(await closed.json()).toEqual({ respondents: 1, overall: 0 });
		expect((await editor.client.json(`${base}/${round.id}/close`, 'POST')).status).toBe(409);

		const results = (await (
			await editor.client.json(`${base}/${round.id}/results?lang=fr`, 'GET')
		).json()) as {
			status: string;
			level: number;
			dimensions: { level: number }[];
			recommendations: { slug: string; maturityNeeded: string; dimensionIds: string[] }[];
		};
		expect(results.status).toBe('closed');
		expect(results.level).toBe(1);
		expect(results.dimensions.every((d) => d.level === 1)).toBe(true);
		expect(results.recommendations.map((r) => r.slug)).toContain(
			'lille-cybersecurity-mutualisation'
		);
		expect(results.recommendations.every((r) => r.maturityNeeded === 'starting')).toBe(true);

		const listed = (await (await editor.client.json(base, 'GET')).json()) as {
			rounds: { id: string; status: string; overall: number }[];
		};
		expect(listed.rounds).toEqual([
			expect.objectContaining({ id: round.id, status: 'closed', overall: 0 })
		]);
	});
});
