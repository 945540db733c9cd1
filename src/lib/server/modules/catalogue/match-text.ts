import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { selectRows } from '../../platform/db/rows';
import { foldForMatching } from './index-practices';
import { int4sOf } from './int4s';
import { preciseRankLimit, type SearchPracticesQuery } from './search-input';

/** The text search configuration of the reader's language. */
export const textConfigOf = (query: SearchPracticesQuery): SQL =>
	sql.raw(query.lang === 'fr' ? `'territoria_fr'` : `'territoria_en'`);

/** The stemmed query, as both text vectors are matched with. */
export const tsqueryOf = (query: SearchPracticesQuery, q: string): SQL =>
	sql`websearch_to_tsquery(${textConfigOf(query)}::regconfig, ${q})`;

/** The catalogue's version, and the query as PostgreSQL reads it (`'digit' & 'data'`). */
export interface TextProbe {
	version: number;
	tsquery: string;
}

/**
 * One cheap statement before any search of a text: the version tells whether kept
 * matches and word lists are current, and the printed query lets the word lists answer
 * it (search-words.ts).
 */
export async function probeText(
	db: DbOrTx,
	query: SearchPracticesQuery,
	q: string
): Promise<TextProbe> {
	const [row] = await selectRows<{ version: number | string; tsquery: string }>(
		db,
		sql`SELECT (SELECT version FROM practice_search_state WHERE id = 1) AS version,
			${tsqueryOf(query, q)}::text AS tsquery`
	);
	return { version: Number(row?.version ?? 0), tsquery: row?.tsquery ?? '' };
}

/** The rows matching the text, as `search_no`s, and the catalogue version they were read at. */
export interface TextMatches {
	version: number;
	/** Rows whose title, place or summary holds every word: they rank first. */
	heading: Int32Array;
	/** Rows holding every word anywhere, in any form ("donnees" finds "données"). */
	document: Int32Array;
	/** Rows whose title or place is close to the query ("Guediawaie"), closest first. */
	typo: Int32Array;
}

/**
 * One statement, so one snapshot, for the three kinds of match. Each condition gets its
 * own index scan: together in one `OR`, PostgreSQL rechecked both on every row and read
 * every row's TOASTed document (docs/benchmarks.md). Typos are looked for only when the
 * full text finds fewer than `preciseRankLimit` practices: a query that common is spelt
 * right, and scoring the closeness of thousands of titles cost more than the rest.
 */
async function matchText(db: DbOrTx, query: SearchPracticesQuery, q: string): Promise<TextMatches> {
	const tsquery = tsqueryOf(query, q);
	const folded = foldForMatching(q);
	// Each list comes as 4 bytes per row in one bytea: for 85,000 rows, 30–50 ms faster to
	// send and decode than an integer array. OFFSET 0 keeps `document` computed once.
	const numbers = (condition: SQL, order: SQL = sql``) =>
		sql`(SELECT string_agg(int4send(search_no), ''::bytea ${order}) FROM practice_search
			WHERE reader_language = ${query.lang} AND ${condition})`;
	const [row] = await selectRows<{ version: number | string } & Record<string, unknown>>(
		db,
		sql`SELECT version, heading, document,
				CASE WHEN coalesce(length(document), 0) < ${4 * preciseRankLimit}
					THEN ${numbers(sql`${folded} <% label`, sql`ORDER BY word_similarity(${folded}, label) DESC, published_at DESC, slug`)}
				END AS typo
			FROM (SELECT (SELECT version FROM practice_search_state WHERE id = 1) AS version,
				${numbers(sql`heading @@ ${tsquery}`)} AS heading,
				${numbers(sql`document @@ ${tsquery}`)} AS document
				OFFSET 0) AS matches`
	);
	return {
		version: Number(row?.version ?? 0),
		heading: int4sOf(row?.heading),
		document: int4sOf(row?.document),
		typo: int4sOf(row?.typo)
	};
}

/** Broad queries' matches per database object, most recently used last. */
const broadMatches = new WeakMap<object, Map<string, TextMatches>>();
/** At most this many lists per database: about 13 MB at 100,000 practices. */
const broadMatchCapacity = 16;

/**
 * The rows matching the text, reusing a broad query's lists while the catalogue is at
 * `version` (read by `probeText`). Someone who searches "data" then pages or ticks facets
 * repeats the same query; its 70,000 matches cost PostgreSQL 50–90 ms each time. Narrow
 * queries are not kept: they cost the database little.
 */
export async function textMatches(
	db: DbOrTx,
	query: SearchPracticesQuery,
	q: string,
	version: number
): Promise<TextMatches> {
	let cache = broadMatches.get(db);
	if (!cache) {
		cache = new Map();
		broadMatches.set(db, cache);
	}
	const key = `${query.lang}\u0000${q}`;
	const kept = cache.get(key);
	if (kept) {
		cache.delete(key);
		if (kept.version === version) {
			cache.set(key, kept);
			return kept;
		}
	}
	const found = await matchText(db, query, q);
	if (found.document.length >= preciseRankLimit) {
		cache.set(key, found);
		for (const oldest of cache.keys()) {
			if (cache.size <= broadMatchCapacity) {
				break;
			}
			cache.delete(oldest);
		}
	}
	return found;
}
