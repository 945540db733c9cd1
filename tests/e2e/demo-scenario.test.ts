import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/server-process';
import { HttpClient } from './support/session';

/**
 * The issue's "done means", on the demo data that `npm start` creates: the Métropole
 * Européenne de Lille's owner sees its three municipalities' cybersecurity diagnostic
 * side by side, and a municipality compares its two rounds and reads its recommendations.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'territoria-demo-'));
let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ TERRITORIA_DATA_DIR: dataDir, TERRITORIA_DEMO: '1' });
}, 120_000);

afterAll(async () => {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

/** A client signed in as a demo account, with the password the first start printed. */
async function demoClient(email: string): Promise<HttpClient> {
	const escaped = email.replaceAll('.', '\\.');
	const password = new RegExp(`${escaped}\\s+(\\S+)`).exec(server.output())?.[1];
	expect(password, `password of ${email}`).toBeTruthy();
	const client = new HttpClient(server.baseUrl);
	await client.signIn(email, password ?? '');
	return client;
}

describe('the demo scenario', () => {
	it('shows the metropolis its municipalities’ cybersecurity scores side by side', async () => {
		const owner = await demoClient('owner@demo.territoria.test');
		const page = await owner.request(
			'/territories/metropole-europeenne-de-lille/assessments/members?assessment=cybersecurity'
		);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('member-heatmap');
		for (const name of ['Lille', 'Roubaix', 'Tourcoing']) {
			// Svelte's markers (<!--…-->) may sit between the cells.
			const row = `<th scope="row">${name}</th>(?:\\s|<!--[^>]*-->)*<td>\\d+/100, level`;
			expect(html).toMatch(new RegExp(row));
		}
		const french = await (
			await owner.request('/fr/territories/metropole-europeenne-de-lille/assessments/members')
		).text();
		expect(french).toContain('Territoires membres de Métropole Européenne de Lille');
	});

	it('lets a municipality compare its two rounds and read its recommendations', async () => {
		const editor = await demoClient('editor@demo.territoria.test');
		const { rounds } = (await (
			await editor.json('/api/v1/territories/lille/rounds', 'GET')
		).json()) as { rounds: { id: string; status: string; periodStart: string }[] };
		expect(rounds.map((r) => [r.periodStart, r.status])).toEqual([
			['2026-01-01', 'closed'],
			['2025-01-01', 'closed']
		]);
		const [latest, earlier] = rounds;
		const compared = await (
			await editor.request(
				`/territories/lille/assessments/compare?from=${earlier?.id ?? ''}&to=${latest?.id ?? ''}`
			)
		).text();
		expect(compared).toContain('(improved)');
		const results = (await (
			await editor.json(`/api/v1/territories/lille/rounds/${earlier?.id ?? ''}/results`, 'GET')
		).json()) as { dimensions: { respondents: number }[]; recommendations: unknown[] };
		expect(results.dimensions.every((d) => d.respondents === 2)).toBe(true);
		expect(results.recommendations.length).toBeGreaterThan(0);
	});
});
