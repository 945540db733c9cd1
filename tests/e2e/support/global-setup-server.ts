import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureBuilt, startServer } from './server-process';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		e2eDatabaseUrl: string;
	}
}

/**
 * Starts the built server once for the end-to-end tier, on a fresh PostgreSQL database
 * that the tests may also reach directly (fixtures, reading the mail outbox).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) {
		throw new Error('TEST_DATABASE_URL is not set: run the suite with `npm test`.');
	}
	ensureBuilt();
	const name = `territoria_e2e_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const databaseUrl = url.toString();

	const server = await startServer({
		DATABASE_URL: databaseUrl,
		TERRITORIA_DEMO: '0',
		// Tests play several clients by sending X-Forwarded-For (rate limits are per address).
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1'
	});
	project.provide('baseUrl', server.baseUrl);
	project.provide('e2eDatabaseUrl', databaseUrl);

	return async () => {
		await server.stop();
		const cleaner = new pg.Client({ connectionString: adminUrl });
		await cleaner.connect();
		await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await cleaner.end();
	};
}
