import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSolutionTitles } from '../../src/lib/server/demo/demo-solution-titles';
import { type RunningServer, startServer } from './support/server-process';
import { HttpClient } from './support/session';

/**
 * The issue's "done means", on the demo data that `npm start` creates: the Métropole
 * Européenne de Lille's owner sees its three municipalities' cybersecurity diagnostic
 * side by side, and a municipality compares its two rounds and reads its recommendations
 * (issue 5); its roadmap shows the four ICC solutions on a Gantt chart with baseline and
 * actual bars, with risks and indicators, and its public progress page shows exactly what
 * was published (issue 6).
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

	it('plans, guards and measures the four ICC solutions, and publishes only what was chosen', async () => {
		const owner = await demoClient('owner@demo.territoria.test');
		const slug = 'metropole-europeenne-de-lille';
		const gantt = await owner.request(`/api/v1/territories/${slug}/roadmap/gantt.svg`);
		expect(gantt.headers.get('content-type')).toContain('image/svg+xml');
		const svg = await gantt.text();
		for (const title of Object.values(demoSolutionTitles)) {
			expect(svg).toContain(`<title>${title}</title>`);
		}
		expect(svg).toContain('url(#gantt-hatch)'); // baseline bars
		expect(svg).toMatch(/<rect[^>]+fill="url\(#gantt-late\)"/); // actual bars running late

		const { solutions } = (await (
			await owner.json(`/api/v1/territories/${slug}/solutions`, 'GET')
		).json()) as { solutions: { id: string; title: string }[] };
		expect(solutions).toHaveLength(4);
		for (const solution of solutions) {
			const { risks } = (await (
				await owner.json(`/api/v1/territories/${slug}/risks?solutionId=${solution.id}`, 'GET')
			).json()) as { risks: unknown[] };
			expect(risks.length, solution.title).toBeGreaterThan(0);
			const { indicators } = (await (
				await owner.json(`/api/v1/territories/${slug}/indicators?solutionId=${solution.id}`, 'GET')
			).json()) as { indicators: unknown[] };
			expect(indicators.length, solution.title).toBeGreaterThanOrEqual(1);
			expect(indicators.length, solution.title).toBeLessThanOrEqual(2);
		}

		// The public page, read by a visitor: three published solutions, never the energy tool.
		const visitor = new HttpClient(server.baseUrl);
		const published = (await (
			await visitor.json(`/api/v1/territories/${slug}/accountability`, 'GET')
		).json()) as { solutions: { title: string }[]; indicators: { latest: unknown }[] };
		expect(published.solutions.map((s) => s.title)).toEqual([
			demoSolutionTitles.eAdministration,
			demoSolutionTitles.inclusiveDialogue,
			demoSolutionTitles.cybersecurity
		]);
		expect(JSON.stringify(published)).not.toContain(demoSolutionTitles.energyData);
		expect(published.indicators.every((i) => i.latest !== null)).toBe(true);
		const french = await (await visitor.request(`/fr/t/${slug}/progress`)).text();
		expect(french).toContain('Avancement de Métropole Européenne de Lille');
		expect(french).not.toContain(demoSolutionTitles.energyData);
	});
});
