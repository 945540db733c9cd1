import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
	openPostgres,
	pgliteExtensions,
	wrapPglite
} from '../../src/lib/server/platform/db/client';
import { runMigrations } from '../../src/lib/server/platform/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteDumpPath: string;
		postgresUrl: string;
		postgresTemplate: string;
	}
}

/**
 * Migrates one database per run; each test file then gets its own copy: on PGlite by
 * loading a dump (0.6 s instead of 3 s for a new instance), on PostgreSQL by CREATE
 * DATABASE … TEMPLATE.
 */
export async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
	{
		const url = process.env.TEST_DATABASE_URL;
		if (!url) {
			throw new Error(
				'TEST_DATABASE_URL is not set: run the suite with `npm test`, which starts a throwaway PostgreSQL cluster.'
			);
		}
		// One template per run, so that concurrent runs on one server do not collide.
		const templateDatabase = `territoria_test_template_${process.pid}`;
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
		project.provide('postgresTemplate', templateDatabase);
		project.provide('pgliteDumpPath', '');
		return async () => {
			const cleaner = new pg.Client({ connectionString: url });
			await cleaner.connect();
			await cleaner.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
			await cleaner.end();
		};
	}
}

export async function setupPglite(project: TestProject): Promise<() => Promise<void>> {
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
	project.provide('postgresTemplate', '');
	return () => rm(dumpPath, { force: true });
}
