import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, pgliteExtensions, wrapPglite } from '../../src/lib/server/platform/db/client';
import { runMigrations } from '../../src/lib/server/platform/db/migrate';

const templateDatabase = 'territoria_test_template';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteDumpPath: string;
		postgresUrl: string;
	}
}

/**
 * Migrates one database per run; each test file then gets its own copy: on PGlite by
 * loading a dump (0.6 s instead of 3 s for a new instance), on PostgreSQL by CREATE
 * DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<void> {
	if (process.env.TEST_DB === 'postgres') {
		const url = process.env.TEST_DATABASE_URL;
		if (!url) {
			throw new Error(
				'TEST_DATABASE_URL is not set: run the suite with `npm test`, which starts a throwaway PostgreSQL cluster.'
			);
		}
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${templateDatabase}`);
		await admin.end();
		const templateUrl = new URL(url);
		templateUrl.pathname = `/${templateDatabase}`;
		const database = openPostgres(templateUrl.toString(), 1);
		await runMigrations(database, 'drizzle');
		await database.close();
		project.provide('postgresUrl', url);
		project.provide('pgliteDumpPath', '');
		return;
	}
	const client = await PGlite.create({ extensions: pgliteExtensions });
	const database = wrapPglite(client);
	await runMigrations(database, 'drizzle');
	const dump = await client.dumpDataDir('none');
	await database.close();
	const dir = path.resolve('node_modules/.cache/territoria');
	await mkdir(dir, { recursive: true });
	const dumpPath = path.join(dir, `pglite-migrated-${process.pid}.tar`);
	await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteDumpPath', dumpPath);
	project.provide('postgresUrl', '');
}
