import type { DbOrTx } from '../../platform/db/client';
import { readSearchVersion, searchIndexAt } from './search-index';
import { wordListsReady } from './search-words';
import { readerLanguages } from './vocabulary';

/** Databases whose search indexes and word lists were built once since the start. */
const warmed = new WeakSet<object>();

/**
 * Builds each language's search index, then its word lists, one language after the
 * other: at 100,000 practices that is seconds of work the first searches after a start
 * would otherwise wait for, or run without.
 */
export async function warmSearch(db: DbOrTx): Promise<void> {
	const version = await readSearchVersion(db);
	for (const lang of readerLanguages) {
		await wordListsReady(await searchIndexAt(db, lang, version));
	}
	warmed.add(db);
}

/** Whether `warmSearch` has finished on this database (reported by `/healthz`). */
export function searchWarmed(db: DbOrTx): boolean {
	return warmed.has(db);
}
