import path from 'node:path';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database, Schema } from './client';

/**
 * Applies the SQL migrations in `migrationsFolder` from code. drizzle-kit's CLI is not
 * used at run time: it fails silently on PGlite when extensions are involved.
 */
export async function runMigrations(database: Database, migrationsFolder: string): Promise<void> {
	const folder = path.resolve(migrationsFolder);
	if (database.mode === 'pglite') {
		await migratePglite(database.db as unknown as PgliteDatabase<Schema>, {
			migrationsFolder: folder
		});
	} else {
		await migrateNodePg(database.db as unknown as NodePgDatabase<Schema>, {
			migrationsFolder: folder
		});
	}
}
