import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './support/server-process';

/** What `npm start` does on a fresh machine: the embedded database, demo data, port. */
const dataDir = mkdtempSync(path.join(tmpdir(), 'territoria-start-'));

afterAll(() => {
	rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on the embedded database', () => {
	it('refuses a bad setting with a message that names it, before serving', () => {
		const result = spawnSync(process.execPath, ['server/index.js'], {
			env: { ...process.env, PORT: '3999', TERRITORIA_DEMO: 'maybe', TERRITORIA_DATA_DIR: dataDir },
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain('TERRITORIA_DEMO');
	});

	it('creates the database, seeds the demo territories, prints demo credentials once', async () => {
		const first = await startServer({
			TERRITORIA_DATA_DIR: dataDir,
			TERRITORIA_DEMO: '1',
			LOG_LEVEL: 'info'
		});
		try {
			const html = await (await fetch(`${first.baseUrl}/territories`)).text();
			for (const name of ['Métropole Européenne de Lille', 'Lille', 'Roubaix', 'Tourcoing']) {
				expect(html).toContain(name);
			}
			const metropolis = await fetch(`${first.baseUrl}/territories/metropole-europeenne-de-lille`);
			expect(metropolis.status).toBe(200);
			for (const slug of ['lille', 'roubaix', 'tourcoing']) {
				expect((await fetch(`${first.baseUrl}/territories/${slug}`)).status).toBe(200);
			}
			expect(first.output()).toContain('owner@demo.territoria.test');
		} finally {
			// SIGTERM: in-flight requests finish, the database closes, the process exits 0.
			expect(await first.stop()).toBe(0);
		}
		expect(first.output()).toContain('database closed');

		const second = await startServer({
			TERRITORIA_DATA_DIR: dataDir,
			TERRITORIA_DEMO: '1',
			LOG_LEVEL: 'info'
		});
		try {
			const html = await (await fetch(`${second.baseUrl}/territories`)).text();
			expect(html.match(/Métropole Européenne de Lille/g)?.length).toBeGreaterThan(0);
		} finally {
			await second.stop();
		}
		expect(second.output()).not.toContain('owner@demo.territoria.test');
	});

	it('starts without demo data when TERRITORIA_DEMO=0', async () => {
		const emptyDir = mkdtempSync(path.join(tmpdir(), 'territoria-nodemo-'));
		const server = await startServer({ TERRITORIA_DATA_DIR: emptyDir, TERRITORIA_DEMO: '0' });
		try {
			expect(await (await fetch(`${server.baseUrl}/territories`)).text()).not.toContain('Roubaix');
		} finally {
			await server.stop();
			rmSync(emptyDir, { recursive: true, force: true });
		}
	});
});
