import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client';
import { runInBackground } from '../../platform/db/background';
import { selectRows } from '../../platform/db/rows';
import { logger } from '../../platform/logger';
import { Bitset } from './bitset';
import { int4sOf } from './int4s';
import type { SearchIndex } from './search-index';
import { preciseRankLimit } from './search-input';
import { lexemesOf, parseTsquery, type TsqueryExpression } from './tsquery-expression';

/**
 * A word held by at least this many rows gets its rows listed in memory. PostgreSQL's
 * index finds a rarer word's rows in a few milliseconds; a word in 85,000 rows costs it
 * 50–90 ms, mostly visiting each row (docs/benchmarks.md).
 */
export const frequentWordRows = preciseRankLimit;

/**
 * The rows (as index positions) of each frequent word, in the document vectors and in
 * the heading vectors, for one language at one version of the catalogue. About 300 words
 * at 100,000 generated practices: 8 MB per language.
 */
export interface WordLists {
	version: number;
	document: Map<string, Bitset>;
	heading: Map<string, Bitset>;
}

interface WordRow {
	version: number | string;
	part: 'document' | 'heading';
	lexeme: string;
	rows: Uint8Array;
}

/**
 * Reads the frequent words' rows in one statement (so one snapshot, whose version says
 * whether they fit `positionOf`). Every vector of the language is read once: 4–5 s per
 * language at 100,000 practices, which is why search-index.ts does it in the background.
 * Returns `undefined` when the catalogue changed since `version`.
 */
export async function readWordLists(
	db: DbOrTx,
	lang: string,
	version: number,
	size: number,
	positionOf: Int32Array
): Promise<WordLists | undefined> {
	const lists: WordLists = { version, document: new Map(), heading: new Map() };
	if (size < frequentWordRows) {
		return lists;
	}
	const rows = await selectRows<WordRow>(
		db,
		sql`WITH frequent AS (
				SELECT lexeme, string_agg(int4send(search_no), ''::bytea) AS rows
				FROM practice_search, unnest(tsvector_to_array(document)) AS lexeme
				WHERE reader_language = ${lang}
				GROUP BY lexeme HAVING count(*) >= ${frequentWordRows}
			)
			SELECT (SELECT version FROM practice_search_state WHERE id = 1) AS version, part, lexeme, rows
			FROM (
				SELECT 'document' AS part, lexeme, rows FROM frequent
				UNION ALL
				SELECT 'heading', lexeme, string_agg(int4send(search_no), ''::bytea)
				FROM practice_search, unnest(tsvector_to_array(heading)) AS lexeme
				WHERE reader_language = ${lang} AND lexeme IN (SELECT lexeme FROM frequent)
				GROUP BY lexeme
			) AS words`
	);
	if (rows.some((row) => Number(row.version) !== version)) {
		return undefined;
	}
	for (const row of rows) {
		const set = new Bitset(size);
		for (const searchNo of int4sOf(row.rows)) {
			const position = positionOf[searchNo] ?? -1;
			if (position >= 0) {
				set.add(position);
			}
		}
		lists[row.part].set(row.lexeme, set);
	}
	return lists;
}

/**
 * The rows matching a query printed by PostgreSQL (`'digit' & 'data'`), from the lists
 * alone; `undefined` when a word is not frequent, or the query needs word positions.
 */
export function matchWords(
	lists: WordLists,
	size: number,
	tsquery: string
): { document: Bitset; heading: Bitset } | undefined {
	const expression = parseTsquery(tsquery);
	if (!expression || !lexemesOf(expression).every((lexeme) => lists.document.has(lexeme))) {
		return undefined;
	}
	const empty = new Bitset(size);
	const evaluate = (node: TsqueryExpression, part: Map<string, Bitset>): Bitset => {
		switch (node.kind) {
			case 'word':
				// A frequent word missing from the heading lists is in no heading.
				return part.get(node.lexeme) ?? empty;
			case 'not':
				return Bitset.full(size).andNot(evaluate(node.operand, part));
			case 'and':
				return evaluate(node.left, part).and(evaluate(node.right, part));
			case 'or':
				return new Bitset(size)
					.orInPlace(evaluate(node.left, part))
					.orInPlace(evaluate(node.right, part));
		}
	};
	return {
		document: evaluate(expression, lists.document),
		heading: evaluate(expression, lists.heading)
	};
}

interface WordListSlot {
	ready: Promise<WordLists | undefined>;
	lists?: WordLists;
}

/** Word lists per search index: built after it, in the background, then kept with it. */
const slots = new WeakMap<SearchIndex, WordListSlot>();

/**
 * Starts reading the word lists of a freshly built index. Searches meanwhile ask
 * PostgreSQL, as they do for queries the lists cannot answer. Not inside a transaction:
 * it would outlive it.
 */
export function loadWordListsInBackground(db: DbOrTx, index: SearchIndex, lang: string): void {
	if (db instanceof PgTransaction) {
		return;
	}
	const slot: WordListSlot = {
		ready: runInBackground(db, () =>
			readWordLists(db, lang, index.version, index.size, index.positionOf)
		).then(
			(lists) => {
				slot.lists = lists;
				return lists;
			},
			(error: unknown) => {
				logger.warn(
					{ err: error, lang },
					'search word lists not read: broad searches ask PostgreSQL'
				);
				return undefined;
			}
		)
	};
	slots.set(index, slot);
}

/** The index's word lists, once read. */
export function wordListsOf(index: SearchIndex): WordLists | undefined {
	return slots.get(index)?.lists;
}

/** Settles when the index's word lists are read (or could not be): for tests and benchmarks. */
export async function wordListsReady(index: SearchIndex): Promise<WordLists | undefined> {
	return slots.get(index)?.ready;
}
