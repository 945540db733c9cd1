import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { selectRows } from '../../platform/db/rows';
import { Bitset } from './bitset';
import { loadWordListsInBackground } from './search-words';
import { facetNames, type FacetName } from './search-input';
import type { ReaderLanguage } from './vocabulary';

/**
 * The published catalogue of one reader language, held in memory for filtering, facet
 * counts and ordering: a bitset per facet value over the rows, numbered in "newest"
 * order. PostgreSQL only answers which rows match a text (search-practices.ts), which
 * its indexes do fast; counting nine facets over 85,000 matches is what it did slowly
 * (docs/benchmarks.md). At 100,000 practices the index takes about 3 MB per language.
 */
export interface SearchIndex {
	/** `practice_search_state.version` when the rows were read. */
	version: number;
	size: number;
	/** Position → `search_no`; positions follow the newest-first order, then the slug. */
	searchNos: Int32Array;
	/** `search_no` → position, -1 for numbers not in this index (an array: 10× a Map's speed). */
	positionOf: Int32Array;
	/** Positions by most replicated first, then newest. */
	replicatedOrder: Int32Array;
	/** For each facet, each value present and the rows that hold it. */
	facets: Record<FacetName, Map<string, Bitset>>;
}

/** The facet columns, as the rows read below name them. */
const facetColumns: Record<FacetName, string> = {
	domain: 'domains',
	region: 'region',
	country: 'countries',
	population: 'population_band',
	tool: 'tool_types',
	cost: 'cost_band',
	risk: 'risks',
	evidence: 'evidence_level',
	language: 'languages'
};

type IndexRow = { version: number | string; search_no: number; replication_count: number } & Record<
	string,
	string | string[] | null
>;

/** Reads the rows of one language (and, in the same snapshot, the version) and indexes them. */
export async function buildSearchIndex(db: DbOrTx, lang: ReaderLanguage): Promise<SearchIndex> {
	const columns = sql.raw(facetNames.map((facet) => facetColumns[facet]).join(', '));
	const rows = await selectRows<IndexRow>(
		db,
		sql`SELECT (SELECT version FROM practice_search_state WHERE id = 1) AS version,
				search_no, replication_count, ${columns}
			FROM practice_search WHERE reader_language = ${lang}
			ORDER BY published_at DESC, slug`
	);
	const size = rows.length;
	const searchNos = new Int32Array(size);
	const positionOf = new Int32Array(
		rows.reduce((max, row) => Math.max(max, row.search_no), -1) + 1
	).fill(-1);
	const facets = Object.fromEntries(facetNames.map((f) => [f, new Map()])) as Record<
		FacetName,
		Map<string, Bitset>
	>;
	rows.forEach((row, position) => {
		searchNos[position] = row.search_no;
		positionOf[row.search_no] = position;
		for (const facet of facetNames) {
			const value = row[facetColumns[facet]] ?? null;
			for (const item of Array.isArray(value) ? value : value === null ? [] : [value]) {
				let set = facets[facet].get(item);
				if (!set) {
					set = new Bitset(size);
					facets[facet].set(item, set);
				}
				set.add(position);
			}
		}
	});
	const replications = Int32Array.from(rows, (row) => row.replication_count);
	const replicatedOrder = Int32Array.from(rows.keys()).sort(
		(a, b) => (replications[b] ?? 0) - (replications[a] ?? 0) || a - b
	);
	// An empty table still has a version: read it apart when there is no row to carry it.
	const [first] = rows;
	const version = first ? Number(first.version) : await readSearchVersion(db);
	return { version, size, searchNos, positionOf, replicatedOrder, facets };
}

export async function readSearchVersion(db: DbOrTx): Promise<number> {
	const [row] = await selectRows<{ version: number | string }>(
		db,
		sql`SELECT version FROM practice_search_state WHERE id = 1`
	);
	return Number(row?.version ?? 0);
}

/** Indexes per database (or transaction) object and language, built once per version. */
const indexes = new WeakMap<object, Map<ReaderLanguage, Promise<SearchIndex>>>();

/**
 * The index of `lang` at `version` or later, rebuilt when the catalogue changed since the
 * last build. Concurrent callers share one build.
 */
export async function searchIndexAt(
	db: DbOrTx,
	lang: ReaderLanguage,
	version: number
): Promise<SearchIndex> {
	let byLanguage = indexes.get(db);
	if (!byLanguage) {
		byLanguage = new Map();
		indexes.set(db, byLanguage);
	}
	const current = byLanguage.get(lang);
	if (current) {
		const index = await current;
		if (index.version >= version) {
			return index;
		}
		const latest = byLanguage.get(lang);
		if (latest !== current && latest) {
			// Another caller started a rebuild while this one waited: share it.
			return searchIndexAt(db, lang, version);
		}
	}
	const building = buildSearchIndex(db, lang);
	byLanguage.set(lang, building);
	try {
		const index = await building;
		loadWordListsInBackground(db, index, lang);
		return index;
	} catch (error) {
		// Forget the failed build so the next search tries again, then report the failure.
		if (byLanguage.get(lang) === building) {
			byLanguage.delete(lang);
		}
		throw error;
	}
}
