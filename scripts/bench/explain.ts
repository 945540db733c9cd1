// Prints PostgreSQL's plans (EXPLAIN ANALYZE) of the statements one search runs: what to
// read when a kind misses its target.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { anonymous } from '../../src/lib/server/platform/actor';
import * as schema from '../../src/lib/server/platform/db/schema';
import type { Db } from '../../src/lib/server/platform/db/client';
import { searchPractices } from '../../src/lib/server/modules/catalogue/search-practices';
import { warmSearch } from '../../src/lib/server/modules/catalogue/warm-search';
import type { SearchPracticesInput } from '../../src/lib/server/modules/catalogue/search-input';

interface Statement {
	query: string;
	params: unknown[];
}

export async function explainSearch(
	connectionString: string,
	input: SearchPracticesInput
): Promise<string> {
	const pool = new pg.Pool({ connectionString, max: 1 });
	try {
		const statements: Statement[] = [];
		const db = drizzle(pool, {
			schema,
			logger: { logQuery: (query, params) => statements.push({ query, params }) }
		}) as unknown as Db;
		// As the server answers: index and word lists built first, then only the search's own statements.
		await warmSearch(db);
		statements.length = 0;
		await searchPractices({ db, actor: anonymous }, input);
		const plans: string[] = [];
		for (const { query, params } of statements) {
			const result = await pool.query<{ 'QUERY PLAN': string }>(
				`EXPLAIN (ANALYZE, BUFFERS) ${query}`,
				params
			);
			plans.push(result.rows.map((row) => row['QUERY PLAN']).join('\n'));
		}
		return [`-- ${JSON.stringify(input)}`, ...plans].join('\n\n');
	} finally {
		await pool.end();
	}
}
