import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, contextFor } from '../../src/lib/server/modules/accounts/testing/factories';
import { startRiskContent } from '../../src/lib/server/modules/risks/content';
import { getRisk } from '../../src/lib/server/modules/risks/get-risk';
import { buildSolution } from '../../src/lib/server/modules/risks/testing/factories';
import { updateRisk } from '../../src/lib/server/modules/risks/update-risk';
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
	await startRiskContent('content');
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

for (const javaScript of [true, false]) {
	describe(`the risk register in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('adds a risk, keeps bad input, treats, survives a conflict, accepts, revokes and deletes', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			const solution = await buildSolution(database.db, {
				territory,
				title: 'Pooled cybersecurity'
			});
			const page = await signedInPage(browser, baseUrl, javaScript, editor);

			await visit(page, `/territories/${territory.slug}`);
			await follow(page, `Risk register of ${territory.name}`);
			expect(await main(page)).toContain('No open risk.');
			expect(await main(page)).toContain('score = likelihood × impact');

			await visit(page, `/territories/${territory.slug}/risks?solution=${solution.id}`);
			await follow(page, 'Add a risk');
			expect(await main(page)).toContain('Add a risk to “Pooled cybersecurity”');

			// A likelihood off the scale: the message by the field, the input kept.
			await page.getByLabel(/^Description/).fill('No staff to spare in small municipalities.');
			await page.getByLabel(/^Likelihood/).fill('7');
			await page.getByLabel(/^Impact/).fill('3');
			await send(page, 'Save the risk');
			expect(await main(page)).toContain('There is a problem');
			expect(await page.locator('#field-likelihood-error').textContent()).toContain(
				'Give a whole number from 1 to 5.'
			);
			expect(await page.getByLabel(/^Description/).inputValue()).toBe(
				'No staff to spare in small municipalities.'
			);
			// A custom risk needs its title and macro-challenge.
			await page.getByLabel(/^Likelihood/).fill('4');
			await send(page, 'Save the risk');
			expect(await page.locator('#field-customTitle-error').textContent()).toContain(
				'Give your risk a title'
			);
			expect(await page.getByLabel(/^Likelihood/).inputValue()).toBe('4');

			await page
				.getByLabel('Risk from the taxonomy')
				.selectOption('financial-burden-lack-of-resources');
			await send(page, 'Save the risk');
			expect(page.url()).toMatch(/\/risks\/[0-9a-f-]{36}\?notice=saved$/);
			let sheet = await main(page);
			expect(sheet).toContain('The risk is saved.');
			expect(sheet).toContain('Lack of resources in municipalities');
			expect(sheet).toContain('Likelihood 4, impact 3: score 12, high');
			expect(sheet).toContain('Suggested mitigations');
			expect(sheet).toContain('Before it can be accepted');
			const riskPath = new URL(page.url()).pathname;
			const riskId = riskPath.split('/').pop() ?? '';

			await page.getByLabel(/^Action/).fill('Pool a technician for five municipalities');
			await page.getByLabel(/^Due date/).fill('2026-09-30');
			await send(page, 'Add the action');
			sheet = await main(page);
			expect(sheet).toContain('The treatment actions are saved.');
			expect(sheet).toContain('In treatment');
			expect(sheet).toContain('Pool a technician for five municipalities');

			await follow(page, 'Edit the risk');
			await page.getByLabel(/^Treatment/).selectOption('reduce');
			await page.getByLabel(/^Residual likelihood/).fill('2');
			await page.getByLabel(/^Residual impact/).fill('2');
			await page.getByLabel(/^Description/).fill('Mine');
			// Someone saves while the form is open: the edit is refused, the input kept.
			const ctx = contextFor(database.db, editor.actor);
			const current = await getRisk(ctx, { slug: territory.slug, riskId });
			await updateRisk(ctx, {
				slug: territory.slug,
				riskId,
				likelihood: 5,
				impact: 3,
				description: 'Theirs',
				version: current.risk.version
			});
			await send(page, 'Save the changes');
			const conflicted = await main(page);
			expect(conflicted).toContain('Someone saved this risk while you were editing it');
			expect(conflicted).toContain('Theirs');
			expect(await page.getByLabel(/^Description/).inputValue()).toBe('Mine');
			expect(await page.getByLabel(/^Residual impact/).inputValue()).toBe('2');
			await send(page, 'Save the changes');
			sheet = await main(page);
			expect(sheet).toContain('The risk is saved.');
			expect(sheet).toContain('Likelihood 2, impact 2: score 4, low');

			await page.getByLabel(/^Rationale/).fill('Low once the technician is shared.');
			await send(page, 'Accept the risk');
			sheet = await main(page);
			expect(sheet).toContain('The risk is accepted.');
			expect(sheet).toContain(editor.user.displayName);
			expect(sheet).toContain('Low once the technician is shared.');
			expect(sheet).toContain('Revoke the acceptance to change them.');

			await send(page, 'Revoke the acceptance');
			sheet = await main(page);
			expect(sheet).toContain('back in treatment');
			expect(sheet).toContain('Revoked');

			await visit(page, `/territories/${territory.slug}/risks`);
			expect(await main(page)).toContain('Lack of resources in municipalities');
			expect(await main(page)).toContain('Heat matrix of the risks before treatment');
			await follow(page, /^After treatment \(residual\)/);
			expect(await main(page)).toContain('Heat matrix of the risks after treatment');

			await visit(page, `/fr${riskPath}`);
			expect(await main(page)).toMatch(/Probabilité 2, impact 2\s:\sscore 4, faible/);
			await visit(page, '/fr/risks/taxonomy');
			expect(await main(page)).toContain('Taxonomie des risques');

			await visit(page, riskPath);
			await follow(page, 'Delete the risk');
			await send(page, 'Delete the risk');
			expect(await main(page)).toContain('The risk is deleted.');
			expect(await main(page)).toContain('No open risk.');
			await page.context().close();
		}, 240_000);
	});
}

describe('the public risk taxonomy', () => {
	it('lists 8 macro-challenges and 48 risks, in both languages, and refuses another language', async () => {
		const client = new HttpClient(baseUrl);
		const response = await client.json('/api/v1/risk-taxonomy?lang=fr', 'GET');
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toContain('public');
		const body = (await response.json()) as {
			macroChallenges: { id: string; title: string; risks: { id: string }[] }[];
		};
		expect(body.macroChallenges).toHaveLength(8);
		expect(body.macroChallenges.flatMap((macro) => macro.risks)).toHaveLength(48);
		expect(body.macroChallenges[0]?.title).toBe(
			'Vie privée, surveillance, cybersécurité et sûreté'
		);
		expect((await client.json('/api/v1/risk-taxonomy?lang=de', 'GET')).status).toBe(400);
		const page = await browser.newPage();
		await visit(page, `${baseUrl}/risks/taxonomy`);
		expect(await main(page)).toContain('Lack of trust or approval');
		await page.close();
	});
});
