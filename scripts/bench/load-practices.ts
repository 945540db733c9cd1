// Loads the generated practices and their search rows (built by the app's own
// `searchRowsByLanguage`, as publishing indexes them) as fast as the database allows.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/lib/server/platform/db/client';
import { selectRows } from '../../src/lib/server/platform/db/rows';
import { searchRowsByLanguage } from '../../src/lib/server/modules/catalogue/index-practices';
import { practiceSearchTable, practicesTable } from '../../src/lib/server/modules/catalogue/schema';
import { PracticeGenerator, type PracticeRow } from './generate-practices';

export interface LoadTimings {
	/** Generating, inserting practices and search rows (generation overlaps the inserts). */
	rowsMs: number;
	/** Building the search indexes, dropped during the load. */
	indexesMs: number;
	analyseMs: number;
}

/**
 * One INSERT … SELECT from a JSON array: building a 30,000-parameter statement with the
 * query builder costs more than the database takes to run it. Generated columns (the
 * search documents) and identity columns (`search_no`) are left to the database.
 */
function insertJson(db: Db, table: PgTable, rows: readonly object[]): Promise<unknown> {
	const columns = Object.entries(getTableColumns(table)).filter(
		([, column]) => column.generated === undefined && column.generatedIdentity === undefined
	);
	const records = rows.map((row) => {
		const values = row as Record<string, unknown>;
		return Object.fromEntries(columns.map(([key, column]) => [column.name, values[key]]));
	});
	const names = sql.join(
		columns.map(([, column]) => sql.identifier(column.name)),
		sql`, `
	);
	return db.execute(
		sql`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::json)`
	);
}

/**
 * Drops the secondary indexes of the search table and returns the statements that
 * recreate them, read from the database so they are exactly the migrations' ones.
 * Building a GIN index once is far faster than growing it by 200,000 insertions.
 */
async function dropSearchIndexes(db: Db): Promise<SQL[]> {
	const indexes = await selectRows<{ name: string; definition: string }>(
		db,
		sql`SELECT indexname AS name, indexdef AS definition FROM pg_indexes
			WHERE schemaname = 'public' AND tablename = 'practice_search' AND indexname <> 'practice_search_key'`
	);
	for (const index of indexes) {
		await db.execute(sql`DROP INDEX ${sql.identifier(index.name)}`);
	}
	return indexes.map((index) => sql.raw(index.definition));
}

interface Batch {
	practices: PracticeRow[];
	searchRows: object[];
}

/**
 * Inserts `count` generated practices in batches of 1,000 with their search rows, builds
 * the search indexes, then vacuums and analyses so that the planner knows the data.
 */
export async function loadPractices(
	db: Db,
	count: number,
	seed: number,
	progress: (done: number) => void
): Promise<LoadTimings> {
	const generator = new PracticeGenerator(seed);
	const batchSize = 1_000;
	const batchAt = (start: number): Batch | undefined => {
		if (start >= count) {
			return undefined;
		}
		const practices: PracticeRow[] = [];
		for (let index = start; index < Math.min(count, start + batchSize); index++) {
			practices.push(generator.practice(index));
		}
		return { practices, searchRows: searchRowsByLanguage(practices) };
	};
	let started = performance.now();
	const indexes = await dropSearchIndexes(db);
	let next = batchAt(0);
	for (let start = 0; next; start += batchSize) {
		const batch = next;
		const written = (async () => {
			await insertJson(db, practicesTable, batch.practices);
			await insertJson(db, practiceSearchTable, batch.searchRows);
		})();
		// Let the driver send the statements, then build the next batch while they run.
		await new Promise((resolve) => setImmediate(resolve));
		next = batchAt(start + batchSize);
		await written;
		progress(start + batch.practices.length);
	}
	const rowsMs = performance.now() - started;
	started = performance.now();
	await db.transaction(async (tx) => {
		await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
		for (const index of indexes) {
			await tx.execute(index);
		}
	});
	const indexesMs = performance.now() - started;
	started = performance.now();
	await db.execute(sql`VACUUM ANALYZE`);
	return { rowsMs, indexesMs, analyseMs: performance.now() - started };
}
