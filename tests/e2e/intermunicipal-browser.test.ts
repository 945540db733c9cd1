import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import type { TerritoryRow } from '../../src/lib/server/modules/territories/queries';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { launchBrowser } from './support/browser';
import { HttpClient, openE2eDatabase } from './support/session';
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

const cyber = parse(readFileSync('content/assessments/cybersecurity.yaml', 'utf8')) as {
	dimensions: { questions: { id: string; options: { id: string }[] }[] }[];
};
const questions = cyber.dimensions.flatMap((d) => d.questions);
const main = async (page: Page): Promise<string> => (await page.textContent('main')) ?? '';

/** An owner of `territory`, signed in to the API. */
async function ownerOf(territory: TerritoryRow) {
	const owner = await buildUser(database.db);
	await addMember(database.db, { territory, userId: owner.user.id, role: 'owner' });
	const api = new HttpClient(baseUrl);
	await api.signIn(owner.user.email, owner.password);
	return { owner, api };
}

/** Opens, answers (every question at option `pick`) and closes a cybersecurity round. */
async function closedRound(api: HttpClient, slug: string, pick: number): Promise<string> {
	const rounds = `/api/v1/territories/${slug}/rounds`;
	const round = (await (
		await api.json(rounds, 'POST', {
			assessmentId: 'cybersecurity',
			periodStart: '2026-01-01',
			periodEnd: '2026-03-31'
		})
	).json()) as { id: string };
	const answers = Object.fromEntries(
		questions.map((q) => [q.id, (q.options[pick] ?? q.options[0])?.id ?? ''])
	);
	expect((await api.json(`${rounds}/${round.id}/response`, 'PUT', { answers })).status).toBe(200);
	expect((await api.json(`${rounds}/${round.id}/close`, 'POST')).status).toBe(200);
	return round.id;
}

for (const javaScript of [true, false]) {
	// A country of its own per run, so that peers from the other run never count.
	const country = javaScript ? 'IS' : 'LI';

	describe(`sharing, peers and member territories, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('shares scores with the parent, shows the heatmap and opens rounds for all members', async () => {
			const parent = await buildTerritory(database.db, { kind: 'metropolis', country });
			const alpha = await buildTerritory(database.db, {
				name: `Alpha ${country}`,
				parent,
				country
			});
			const bravo = await buildTerritory(database.db, {
				name: `Bravo ${country}`,
				parent,
				country
			});
			const alphaOwner = await ownerOf(alpha);
			const bravoOwner = await ownerOf(bravo);
			await closedRound(alphaOwner.api, alpha.slug, 1);
			await closedRound(bravoOwner.api, bravo.slug, 3);

			// Alpha's owner shares its scores with the parent through the form.
			const alphaPage = await signedInPage(browser, baseUrl, javaScript, alphaOwner.owner);
			await visit(alphaPage, `/territories/${alpha.slug}/assessments`);
			await alphaPage.getByLabel('Do not share our scores').check();
			await alphaPage.getByLabel('Let the members of').check();
			await send(alphaPage, 'Save the sharing choices');
			expect(await main(alphaPage)).toContain('Your sharing choices are saved.');
			expect(await alphaPage.getByLabel('Let the members of').isChecked()).toBe(true);

			const parentOwner = await buildUser(database.db);
			await addMember(database.db, {
				territory: parent,
				userId: parentOwner.user.id,
				role: 'owner'
			});
			const page = await signedInPage(browser, baseUrl, javaScript, parentOwner);
			await visit(page, `/territories/${parent.slug}/assessments`);
			await Promise.all([
				page.waitForLoadState('load'),
				page.getByRole('link', { name: 'Member territories side by side' }).click()
			]);
			await visit(page, `/territories/${parent.slug}/assessments/members?assessment=cybersecurity`);
			const heatmap = await main(page);
			expect(await page.locator('svg.member-heatmap').count()).toBe(1);
			expect(heatmap).toMatch(new RegExp(`Alpha ${country}\\s*\\d+/100, level`));
			expect(heatmap).toContain('Does not share its scores with us');
			// Bravo's strong scores never reach the parent.
			expect(heatmap).not.toMatch(new RegExp(`Bravo ${country}\\s*\\d+/100`));

			// Opening a round in every member: a bad period first, kept with its message.
			await page.getByLabel(/^Start of the period/).fill('2027-06-30');
			await page.getByLabel(/^End of the period/).fill('2027-01-01');
			await send(page, 'Open the rounds');
			expect(await main(page)).toContain('The end of the period must not come before its start.');
			expect(await page.getByLabel(/^Start of the period/).inputValue()).toBe('2027-06-30');
			await page.getByLabel(/^End of the period/).fill('2027-09-30');
			await send(page, 'Open the rounds');
			expect(await main(page)).toContain('Rounds opened in the member territories: 2.');
			// Only members that share say whether a round is under way.
			const api = new HttpClient(baseUrl);
			await api.signIn(parentOwner.user.email, parentOwner.password);
			const scores = (await (
				await api.json(
					`/api/v1/territories/${parent.slug}/member-scores?assessment=cybersecurity`,
					'GET'
				)
			).json()) as { members: { slug: string; roundOpen: boolean; latest: unknown }[] };
			expect(scores.members.map((m) => [m.slug, m.roundOpen, m.latest !== null])).toEqual([
				[alpha.slug, true, true],
				[bravo.slug, false, false]
			]);

			await visit(page, `/fr/territories/${parent.slug}/assessments/members`);
			expect(await main(page)).toContain('Territoires membres de');
			await page.context().close();
			await alphaPage.context().close();
		});

		it('hides the peer distribution below five peers and shows it from five', async () => {
			const own = await buildTerritory(database.db, { country });
			const { owner, api } = await ownerOf(own);
			const roundId = await closedRound(api, own.slug, 2);
			const peersPath = `/territories/${own.slug}/assessments/${roundId}/peers?group=country`;
			const sharePeer = async (pick: number) => {
				const peer = await buildTerritory(database.db, { country });
				const peerOwner = await ownerOf(peer);
				await closedRound(peerOwner.api, peer.slug, pick);
				const shared = await peerOwner.api.json(
					`/api/v1/territories/${peer.slug}/score-sharing`,
					'PUT',
					{
						peers: 'anonymous',
						withParent: false
					}
				);
				expect(shared.status).toBe(200);
			};
			for (const pick of [0, 1, 3, 4]) {
				await sharePeer(pick);
			}
			const page = await signedInPage(browser, baseUrl, javaScript, owner);
			await visit(page, peersPath);
			expect(await main(page)).toContain('Too few peers share their scores (4;');
			expect(await page.locator('svg.peer-distribution').count()).toBe(0);

			await sharePeer(2);
			await visit(page, peersPath);
			expect(await main(page)).toContain('Peers sharing their scores: 5.');
			expect(await page.locator('svg.peer-distribution').count()).toBe(1);
			expect(await page.getByRole('table').first().textContent()).toContain('Median');

			const api5 = (await (
				await api.json(
					`/api/v1/territories/${own.slug}/rounds/${roundId}/peers?group=country`,
					'GET'
				)
			).json()) as { peerCount: number; dimensions: { peers: { count: number } | null }[] };
			expect(api5.peerCount).toBe(5);
			expect(api5.dimensions[0]?.peers?.count).toBe(5);
			await page.context().close();
		});
	});
}
