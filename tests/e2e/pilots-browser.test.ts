import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser, contextFor } from '../../src/lib/server/modules/accounts/testing/factories';
import { createPilotAction } from '../../src/lib/server/modules/roadmap/create-pilot-action';
import { listPilotActions } from '../../src/lib/server/modules/roadmap/list-pilot-actions';
import {
	buildClosedRound,
	buildStakeholder
} from '../../src/lib/server/modules/roadmap/testing/factories';
import { updatePilotAction } from '../../src/lib/server/modules/roadmap/update-pilot-action';
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

beforeAll(async () => {
	browser = await launchBrowser();
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
});

afterAll(async () => {
	await browser.close();
	await database.close();
});

const main = async (page: Page): Promise<string> => (await page.textContent('main')) ?? '';

/** Follows a link and checks the page it leads to. */
async function follow(page: Page, name: string | RegExp): Promise<void> {
	await Promise.all([
		page.waitForURL(() => true),
		page.getByRole('link', { name }).first().click()
	]);
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
}

for (const javaScript of [true, false]) {
	describe(`pilot actions in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('scopes a pilot action from a weak area, keeps bad input, edits, changes status, deletes', async () => {
			const territory = await buildTerritory(database.db);
			const editor = await buildUser(database.db);
			await addMember(database.db, { territory, userId: editor.user.id, role: 'editor' });
			await buildStakeholder(database.db, { territory, name: 'Campus Cyber' });
			const round = await buildClosedRound(database.db, {
				territory,
				levels: { governance: 1, awareness: 2, backups: 4 }
			});
			const page = await signedInPage(browser, baseUrl, javaScript, editor);

			await visit(page, `/territories/${territory.slug}`);
			await follow(page, `Pilot actions of ${territory.name}`);
			expect(await main(page)).toContain('No pilot action yet.');

			// From the round's weak area: the form opens with it ticked.
			await visit(page, `/territories/${territory.slug}/assessments/${round.id}`);
			await follow(page, 'Scope a pilot action for “Awareness and training”');
			expect(page.url()).toContain(`round=${round.id}&dimension=awareness`);
			expect(await page.getByLabel('Awareness and training (level 2)').isChecked()).toBe(true);
			expect(await page.getByLabel('Governance (level 1)').isChecked()).toBe(false);
			expect(await main(page)).toContain('for the weak area you came from');

			// No title and a district without its name: messages by the fields, input kept.
			await page.getByLabel(/^Summary/).fill('Short sessions before pooling tools.');
			await page.getByLabel('A district', { exact: true }).check();
			await page.getByLabel('A service', { exact: true }).check();
			await page.getByLabel(/^Which administration/).fill('Information systems');
			await page.getByLabel('A pilot project', { exact: true }).check();
			await page.getByLabel('Communication', { exact: true }).check();
			await page.getByLabel('Collect', { exact: true }).check();
			await page.getByLabel('Campus Cyber').check();
			await send(page, 'Save the pilot action');
			const refused = await main(page);
			expect(refused).toContain('There is a problem');
			expect(await page.locator('#field-title-error').textContent()).toContain(
				'This field is required.'
			);
			expect(await page.locator('#field-areaName-error').textContent()).toContain(
				'Name the district or neighbourhood.'
			);
			expect(await page.getByLabel(/^Summary/).inputValue()).toBe(
				'Short sessions before pooling tools.'
			);
			expect(await page.getByLabel('Collect', { exact: true }).isChecked()).toBe(true);
			expect(await page.getByLabel('Campus Cyber').isChecked()).toBe(true);
			expect(await page.getByLabel('Awareness and training (level 2)').isChecked()).toBe(true);

			await page.getByLabel(/^Title/).fill('Cybersecurity awareness in five municipalities');
			await page.getByLabel(/^Which district/).fill('Five volunteer municipalities');
			await send(page, 'Save the pilot action');
			expect(page.url()).toMatch(/\/pilots\/[0-9a-f-]{36}\?notice=created$/);
			const viewed = await main(page);
			expect(viewed).toContain('The pilot action is saved.');
			expect(viewed).toContain('A district: Five volunteer municipalities');
			expect(viewed).toContain('Campus Cyber');
			expect(viewed).toContain('Awareness and training (level 2)');
			const pilotPath = new URL(page.url()).pathname;

			// An edit.
			await follow(page, 'Edit the scope');
			expect(await page.getByLabel(/^Title/).inputValue()).toBe(
				'Cybersecurity awareness in five municipalities'
			);
			await page.getByLabel(/^Tool/).fill('Workshops and a phishing exercise');
			await send(page, 'Save the changes');
			expect(await main(page)).toContain('Your changes are saved.');
			expect(await main(page)).toContain('Workshops and a phishing exercise');

			// Someone saves while the form is open: the edit is refused, the input kept.
			await visit(page, `${pilotPath}/edit`);
			await page.getByLabel(/^Tool/).fill('Posters');
			const [pilot] = (await listPilotActions(contextFor(database.db, editor.actor), territory))
				.pilots;
			await updatePilotAction(contextFor(database.db, editor.actor), {
				slug: territory.slug,
				pilotId: pilot?.id ?? '',
				version: pilot?.version ?? 0,
				title: 'Cybersecurity awareness in seven municipalities',
				areaLevel: 'district',
				areaName: 'Seven municipalities',
				sectorLevel: 'service',
				sectorName: 'Information systems',
				amplitude: 'pilot-project',
				lever: 'communication'
			});
			await send(page, 'Save the changes');
			const conflicted = await main(page);
			expect(conflicted).toContain('Someone saved this pilot action while you were editing it');
			expect(conflicted).toContain('A district: Seven municipalities');
			expect(await page.getByLabel(/^Tool/).inputValue()).toBe('Posters');
			await send(page, 'Save the changes');
			expect(await main(page)).toContain('Your changes are saved.');
			expect(await main(page)).toContain('Posters');

			// Test and learn: testing, then stopping needs lessons.
			await page.getByLabel(/^New status/).selectOption('testing');
			await send(page, 'Change the status');
			expect(await main(page)).toContain('Status: Testing');
			await page.getByLabel(/^New status/).selectOption('stopped');
			await send(page, 'Change the status');
			expect(await page.locator('#field-lessons-error').textContent()).toContain(
				'Write the lessons learnt'
			);
			await page.getByLabel(/^Lessons learnt/).fill('Nobody came in summer.');
			await send(page, 'Change the status');
			expect(await main(page)).toContain('Status: Stopped');
			expect(await main(page)).toContain('Nobody came in summer.');

			await visit(page, `/fr${pilotPath}`);
			expect(await main(page)).toMatch(/Statut\s:\sArrêtée/);

			await visit(page, pilotPath);
			await follow(page, 'Delete this pilot action');
			await send(page, 'Delete the pilot action');
			expect(await main(page)).toContain('The pilot action is deleted.');
			expect(await main(page)).toContain('No pilot action yet.');
			await page.context().close();
		}, 240_000);
	});
}

describe('the pilot actions API', () => {
	it('lists and shows a territory’s pilot actions to its members only', async () => {
		const territory = await buildTerritory(database.db);
		const member = await signedInUser(database, baseUrl);
		const stranger = await signedInUser(database, baseUrl);
		await addMember(database.db, { territory, userId: member.user.id, role: 'viewer' });
		const base = `/api/v1/territories/${territory.slug}/pilots`;
		expect((await stranger.client.json(base, 'GET')).status).toBe(404);
		expect((await new HttpClient(baseUrl).json(base, 'GET')).status).toBe(401);
		const empty = (await (await member.client.json(base, 'GET')).json()) as { pilots: unknown[] };
		expect(empty.pilots).toEqual([]);
		const owner = await buildUser(database.db);
		await addMember(database.db, { territory, userId: owner.user.id, role: 'owner' });
		const created = await createPilotAction(contextFor(database.db, owner.actor), {
			slug: territory.slug,
			title: 'Public facilities on OpenStreetMap',
			areaLevel: 'city',
			sectorLevel: 'administration',
			amplitude: 'specific-problem',
			lever: 'other',
			tool: 'OpenStreetMap',
			dataSteps: ['collect', 'share']
		});
		const listed = (await (await member.client.json(base, 'GET')).json()) as {
			pilots: { id: string; status: string }[];
		};
		expect(listed.pilots).toEqual([expect.objectContaining({ id: created.id, status: 'scoped' })]);
		const one = await member.client.json(`${base}/${created.id}?lang=fr`, 'GET');
		expect(one.status).toBe(200);
		expect(await one.json()).toMatchObject({
			title: 'Public facilities on OpenStreetMap',
			dataSteps: ['collect', 'share'],
			stakeholders: [],
			practices: [],
			weakAreas: []
		});
		expect((await stranger.client.json(`${base}/${created.id}`, 'GET')).status).toBe(404);
	});
});
