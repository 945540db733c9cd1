import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * Runs raw SQL (recursive CTEs that the query builder cannot express) and returns its
 * rows. Both drivers answer `{ rows }`; the shared `Db` type cannot say so, hence the
 * one check here rather than a cast at every call site.
 */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
	const result: unknown = await db.execute(query);
	if (
		typeof result === 'object' &&
		result !== null &&
		'rows' in result &&
		Array.isArray(result.rows)
	) {
		return result.rows as T[];
	}
	throw new Error('selectRows: the driver returned no rows array');
}
