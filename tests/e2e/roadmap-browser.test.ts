import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, contextFor } from '../../src/lib/server/modules/accounts/testing/factories';
import { listSolutions } from '../../src/lib/server/modules/roadmap/list-solutions';
import { updateMilestone } from '../../src/lib/server/modules/roadmap/update-milestone';
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
const year = new Date().getUTCFullYear();

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

for (const javaScript of [true, false]) {
	describe(`the roadmap in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('writes the vision, ambitions, governance, a solution and its milestones; freezes; resolves a conflict', async () => {
			const territory = await buildTerritory(database.db);
			const owner = await buildUser(database.db, { displayName: 'Roadmap Owner' });
			await addMember(database.db, { territory, userId: owner.user.id, role: 'owner' });
			const page = await signedInPage(browser, baseUrl, javaScript, owner);
			const roadmap = `/territories/${territory.slug}/roadmap`;

			await visit(page, `/territories/${territory.slug}`);
			await follow(page, `Roadmap of ${territory.name}`);
			expect(await main(page)).toContain('No solution on the roadmap yet.');
			await page.getByLabel(/^Vision/).fill('Services closer to residents.');
			await page.getByLabel(/^Main thematic track/).fill('Citizen participation');
			await send(page, 'Save the vision');
			expect(await main(page)).toContain('Your changes were saved.');
			expect(await page.getByLabel(/^Vision/).inputValue()).toBe('Services closer to residents.');

			await follow(page, 'Manage the ambitions');
			await page.getByLabel(/^Code/).fill('A1');
			await page.getByLabel(/^Ambition statement/).fill('Understand the issues better');
			await send(page, 'Save');
			expect(await main(page)).toContain('A1 · Understand the issues better');

			await visit(page, `${roadmap}/governance`);
			await page.getByLabel(/^Thematic area/).fill('Citizen participation');
			await page.getByLabel(/^Responsible/).selectOption({ label: 'Roadmap Owner' });
			await send(page, 'Save the area');
			expect(await main(page)).toContain('Roadmap Owner');

			// A period out of order: the message by the field, the input kept.
			await visit(page, `${roadmap}/solutions/new`);
			await page.getByLabel(/^Title/).fill('A shared network for online services');
			await page.getByLabel('A1 · Understand the issues better').check();
			await page.getByLabel(/^Start of the period/).fill(`${year}-06-01`);
			await page.getByLabel(/^End of the period/).fill(`${year}-01-31`);
			await page.getByLabel(/^Budget/).fill('120 000,50');
			await send(page, 'Create the solution');
			expect(await main(page)).toContain('There is a problem');
			expect(await page.locator('#field-endsOn-error').textContent()).toContain(
				'The end date must be on or after the start date.'
			);
			expect(await page.getByLabel(/^Title/).inputValue()).toBe(
				'A shared network for online services'
			);
			expect(await page.getByLabel('A1 · Understand the issues better').isChecked()).toBe(true);
			await page.getByLabel(/^Start of the period/).fill(`${year}-01-01`);
			await page.getByLabel(/^End of the period/).fill(`${year}-12-31`);
			await send(page, 'Create the solution');
			expect(page.url()).toMatch(/\/solutions\/[0-9a-f-]{36}\?notice=created$/);
			expect(await main(page)).toContain('The solution was created.');
			const sheet = new URL(page.url()).pathname;

			// Bad milestone dates: messages by the fields, input kept.
			await follow(page, 'Add a milestone');
			await page.getByLabel(/^Title/).fill('Steering and framing');
			await page.getByLabel(/^Planned start/).fill(`${year}-03-01`);
			await page.getByLabel(/^Planned end/).fill(`${year}-02-01`);
			await page.getByLabel(/^Actual start/).fill(`${year + 1}-01-05`);
			await send(page, 'Save the milestone');
			expect(await page.locator('#field-plannedEnd-error').textContent()).toContain(
				'The end date must be on or after the start date.'
			);
			expect(await page.locator('#field-actualStart-error').textContent()).toContain(
				'An actual date cannot be in the future.'
			);
			expect(await page.getByLabel(/^Title/).inputValue()).toBe('Steering and framing');
			await page.getByLabel(/^Planned end/).fill(`${year}-04-30`);
			await page.getByLabel(/^Actual start/).fill('');
			await page.getByLabel(/^Responsible member/).selectOption({ label: 'Roadmap Owner' });
			await send(page, 'Save the milestone');
			expect(await main(page)).toContain('The milestones were updated.');
			expect(await main(page)).toContain('Steering and framing');

			await follow(page, 'Freeze the baseline');
			await send(page, 'Yes, freeze the baseline');
			expect(await main(page)).toContain('The baseline was frozen.');

			// Someone saves the milestone while the form is open: conflict screen, input kept.
			await follow(page, 'Edit “Steering and framing”');
			await page.getByLabel(/^Title/).fill('Steering, framing and budget');
			const plan = await listSolutions(contextFor(database.db, owner.actor), territory);
			const milestone = plan.plan.solutions[0]?.milestones[0];
			await updateMilestone(contextFor(database.db, owner.actor), {
				slug: territory.slug,
				solutionId: plan.plan.solutions[0]?.id ?? '',
				milestoneId: milestone?.id ?? '',
				version: milestone?.version ?? 0,
				title: 'Steering by the committee',
				plannedStart: `${year}-03-01`,
				plannedEnd: `${year}-05-31`,
				status: 'in-progress'
			});
			await send(page, 'Save the milestone');
			const conflicted = await main(page);
			expect(conflicted).toContain('Someone saved this while you were editing it');
			expect(conflicted).toContain('Steering by the committee');
			expect(await page.getByLabel(/^Title/).inputValue()).toBe('Steering, framing and budget');
			await send(page, 'Save the milestone');
			expect(await main(page)).toContain('Steering, framing and budget');

			await visit(page, `/fr${sheet}`);
			expect(await main(page)).toContain('Jalons');
			expect(await main(page)).toMatch(/Référence figée le/);

			await visit(page, sheet);
			await follow(page, 'Delete the solution');
			await send(page, 'Delete the solution');
			expect(await main(page)).toContain('The solution was deleted.');
			await page.context().close();
		}, 300_000);
	});
}

describe('the solutions API', () => {
	it('creates, reads, refuses a stale version (409) and a cycle (400)', async () => {
		const territory = await buildTerritory(database.db);
		const member = await signedInUser(database, baseUrl);
		await addMember(database.db, { territory, userId: member.user.id, role: 'editor' });
		const base = `/api/v1/territories/${territory.slug}/solutions`;
		expect((await new HttpClient(baseUrl).json(base, 'GET')).status).toBe(401);
		const body = { title: 'Energy data', startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
		const created = await member.client.json(base, 'POST', body);
		expect(created.status).toBe(201);
		const solution = (await created.json()) as { id: string; version: number };
		const one = `${base}/${solution.id}`;
		const m1 = (await (
			await member.client.json(`${one}/milestones`, 'POST', {
				title: 'Benchmark',
				plannedStart: `${year}-01-10`,
				plannedEnd: `${year}-02-10`
			})
		).json()) as { id: string; version: number };
		const m2 = (await (
			await member.client.json(`${one}/milestones`, 'POST', {
				title: 'Governance',
				plannedStart: `${year}-03-01`,
				plannedEnd: `${year}-04-10`,
				dependsOn: [m1.id]
			})
		).json()) as { id: string };
		const cycle = await member.client.json(`${one}/milestones/${m1.id}`, 'PUT', {
			title: 'Benchmark',
			plannedStart: `${year}-01-10`,
			plannedEnd: `${year}-02-10`,
			dependsOn: [m2.id],
			version: m1.version
		});
		expect(cycle.status).toBe(400);
		const frozen = await member.client.json(`${one}/baseline`, 'POST', {});
		expect(frozen.status).toBe(200);
		expect(
			((await frozen.json()) as { baselineFrozenAt: string | null }).baselineFrozenAt
		).not.toBe(null);
		expect((await member.client.json(one, 'PUT', { ...body, version: 1 })).status).toBe(200);
		expect((await member.client.json(one, 'PUT', { ...body, version: 1 })).status).toBe(409);
		const listed = (await (await member.client.json(base, 'GET')).json()) as {
			solutions: { id: string }[];
		};
		expect(listed.solutions.map((s) => s.id)).toEqual([solution.id]);
		expect((await member.client.json(one, 'DELETE')).status).toBe(204);
	});
});
