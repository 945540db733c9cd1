import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { logger } from '../logger';
import { type Database, type Db, openPglite, openPostgres } from './client';
import { runMigrations } from './migrate';

let database: Database | undefined;

/** Opens the configured database (PostgreSQL when DATABASE_URL is set) and migrates it. */
export async function startDatabase(): Promise<Database> {
	if (database) {
		return database;
	}
	const settings = config();
	if (settings.DATABASE_URL) {
		database = openPostgres(settings.DATABASE_URL);
	} else {
		const dataDir = path.resolve(settings.TERRITORIA_DATA_DIR);
		mkdirSync(dataDir, { recursive: true });
		database = await openPglite(dataDir);
	}
	await runMigrations(database, settings.TERRITORIA_MIGRATIONS_DIR);
	logger.info({ mode: database.mode }, 'database ready');
	return database;
}

export function currentDatabase(): Database {
	if (!database) {
		throw new Error('The database is not started: startDatabase() runs in the init hook.');
	}
	return database;
}

/** The application's database handle, for routes that build a use case context. */
export function db(): Db {
	return currentDatabase().db;
}

export async function stopDatabase(): Promise<void> {
	const open = database;
	database = undefined;
	if (open) {
		await open.close();
		logger.info('database closed');
	}
}
