import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/lib/server/platform/db/client';
import { runMigrations } from '../../src/lib/server/platform/db/migrate';
import { outboxMessagesTable } from '../../src/lib/server/platform/mail/schema';

const work = mkdtempSync(path.join(tmpdir(), 'territoria-backup-'));

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

function npmRun(script: string, args: string[], env: Record<string, string>): string {
	return execFileSync('npm', ['run', '--silent', script, '--', ...args], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

async function outboxCount(database: Database): Promise<number> {
	const rows = await database.db
		.select({ n: sql<number>`count(*)::int` })
		.from(outboxMessagesTable);
	return Number(rows[0]?.n);
}

async function addMail(database: Database): Promise<void> {
	await database.db.execute(
		sql`insert into outbox_messages ("to", subject, text) values ('a@b.test', 's', 't')`
	);
}

describe('npm run db:backup / db:restore', () => {
	it('round-trips the embedded database, keeping the replaced data aside', async () => {
		const dataDir = path.join(work, 'data');
		const backups = path.join(work, 'pglite-backups');
		const env = { TERRITORIA_DATA_DIR: dataDir };
		let database = await openPglite(dataDir);
		await runMigrations(database, 'drizzle');
		await addMail(database);
		await database.close();

		expect(npmRun('db:backup', [backups], env)).toContain('Backup written');
		const [file] = readdirSync(backups);
		expect(file).toMatch(/\.tar\.gz$/);

		database = await openPglite(dataDir);
		await addMail(database);
		expect(await outboxCount(database)).toBe(2);
		await database.close();

		npmRun('db:restore', [path.join(backups, file ?? '')], env);
		database = await openPglite(dataDir);
		expect(await outboxCount(database)).toBe(1);
		await database.close();
		expect(readdirSync(work).some((name) => name.startsWith('data.before-restore-'))).toBe(true);
	});

	it('round-trips a PostgreSQL database', async () => {
		const adminUrl = process.env.TEST_DATABASE_URL ?? '';
		const name = `territoria_backup_${process.pid}`;
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		const env = { DATABASE_URL: url.toString() };
		const backups = path.join(work, 'pg-backups');
		try {
			let database = openPostgres(url.toString(), 1);
			await runMigrations(database, 'drizzle');
			await addMail(database);
			await database.close();

			npmRun('db:backup', [backups], env);
			const [file] = readdirSync(backups);
			expect(file).toMatch(/\.dump$/);

			database = openPostgres(url.toString(), 1);
			await addMail(database);
			await database.close();

			npmRun('db:restore', [path.join(backups, file ?? '')], env);
			database = openPostgres(url.toString(), 1);
			expect(await outboxCount(database)).toBe(1);
			await database.close();
		} finally {
			await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	});

	it('refuses to restore a file that does not exist, with a clear message', () => {
		try {
			npmRun('db:restore', [path.join(work, 'missing.tar.gz')], {
				TERRITORIA_DATA_DIR: path.join(work, 'none')
			});
			expect.unreachable();
		} catch (error) {
			const stderr = String((error as { stderr?: unknown }).stderr);
			expect(stderr).toContain('Restore failed: Backup file not found');
			expect(stderr).not.toContain('    at ');
		}
	});
});
