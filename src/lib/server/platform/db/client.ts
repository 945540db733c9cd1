import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { logger } from '../logger';
import { settleBackgroundWork } from './background';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type every use case receives, whichever driver sits underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Use cases accept either so that a caller can compose them inside one transaction. */
export type DbOrTx = Db | Tx;

export type DatabaseMode = 'pglite' | 'postgres';

export interface Database {
	readonly db: Db;
	readonly mode: DatabaseMode;
	/** Answers true when a trivial query succeeds; used by /healthz. */
	ping(): Promise<boolean>;
	/** Waits for the work started in the background on `db` (background.ts), then closes. */
	close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm, unaccent };

/** Opens the embedded database; `dataDir` undefined means in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
	const client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
	return wrapPglite(client);
}

export function wrapPglite(client: PGlite): Database {
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		mode: 'pglite',
		ping: async () => {
			await client.query('select 1');
			return true;
		},
		close: async () => {
			await settleBackgroundWork(db);
			await client.close();
		}
	};
}

/**
 * JIT compilation and parallel workers cost more than they save on the short queries an
 * interactive app runs (catalogue search: +0.3–0.5 s of JIT, slow worker start-up on
 * small machines; docs/benchmarks.md), so each connection turns them off.
 */
const sessionSettings = '-c jit=off -c max_parallel_workers_per_gather=0';

export function openPostgres(connectionString: string, poolSize = 10): Database {
	const pool = new pg.Pool({ connectionString, max: poolSize, options: sessionSettings });
	// An idle connection the server closes (a restart, a dropped database) is reported
	// here; without a listener node-postgres rethrows it and the whole process stops.
	// The pool replaces the connection on the next query.
	pool.on('error', (error) => {
		logger.warn({ err: error }, 'idle PostgreSQL connection closed');
	});
	const db = drizzleNodePg(pool, { schema }) as unknown as Db;
	return {
		db,
		mode: 'postgres',
		ping: async () => {
			await pool.query('select 1');
			return true;
		},
		close: async () => {
			await settleBackgroundWork(db);
			await pool.end();
		}
	};
}
