import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import {
	type Database,
	openPostgres,
	pgliteExtensions,
	wrapPglite
} from '../../src/lib/server/platform/db/client';

/**
 * A fresh, migrated, isolated database for one test file (or one test), on the driver
 * the current Vitest project runs with. Always `await database.close()` in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
	if (process.env.TEST_DB === 'postgres') {
		return createPostgresCopy(inject('postgresUrl'), inject('postgresTemplate'));
	}
	const dump = await readFile(inject('pgliteDumpPath'));
	const client = await PGlite.create({
		extensions: pgliteExtensions,
		loadDataDir: new Blob([dump])
	});
	return wrapPglite(client);
}

async function createPostgresCopy(adminUrl: string, template: string): Promise<Database> {
	const name = `territoria_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = openPostgres(url.toString(), 4);
	return {
		...database,
		close: async () => {
			await database.close();
			const dropper = new pg.Client({ connectionString: adminUrl });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}
