import type { DbOrTx } from '../../platform/db/client';
import { Bitset } from './bitset';
import { probeText, textMatches } from './match-text';
import { readSearchVersion, searchIndexAt, type SearchIndex } from './search-index';
import {
	facetNames,
	preciseRankLimit,
	type FacetName,
	type SearchPracticesQuery
} from './search-input';
import { matchWords, wordListsOf } from './search-words';

export interface FacetCount {
	value: string;
	count: number;
}

/** The positions of rows; a row deleted since the index was built is no longer published. */
export function positionsOf(index: SearchIndex, searchNos: ArrayLike<number>): number[] {
	const positions: number[] = [];
	for (let i = 0; i < searchNos.length; i++) {
		const position = index.positionOf[searchNos[i] ?? -1] ?? -1;
		if (position >= 0) {
			positions.push(position);
		}
	}
	return positions;
}

export interface SearchPlan {
	index: SearchIndex;
	text: { heading: Bitset; document: Bitset; typo: number[] } | undefined;
	/** Rows matching the text (all rows without one). */
	matches: Bitset;
	/** The rows each ticked facet allows: values of one facet combine with OR. */
	filters: Partial<Record<FacetName, Bitset>>;
	/** Rows matching the text and every filter: the results. */
	selected: Bitset;
}

/**
 * Finds the rows matching the text (the in-memory word lists for a query of frequent
 * words, PostgreSQL otherwise), then filters them (the in-memory index).
 */
export async function planSearch(db: DbOrTx, query: SearchPracticesQuery): Promise<SearchPlan> {
	const { index, text } = query.q
		? await matchText(db, query, query.q)
		: { index: await searchIndexAt(db, query.lang, await readSearchVersion(db)), text: undefined };
	// Not the heading matches: they only rank. For "digital -data", a row with "data" in
	// its body only matches the heading vector, and must not be found.
	const matches = text
		? Bitset.of(index.size, text.typo).orInPlace(text.document)
		: Bitset.full(index.size);
	const filters: Partial<Record<FacetName, Bitset>> = {};
	for (const facet of facetNames) {
		if (query[facet].length > 0) {
			const allowed = new Bitset(index.size);
			for (const value of query[facet]) {
				const rows = index.facets[facet].get(value);
				if (rows) {
					allowed.orInPlace(rows);
				}
			}
			filters[facet] = allowed;
		}
	}
	const selected = matches.and(...Object.values(filters));
	return { index, text, matches, filters, selected };
}

type TextMatch = NonNullable<SearchPlan['text']>;

/**
 * The rows matching `q` and the index they are positions of. A query whose words are all
 * frequent is answered by the word lists when they are read, current, and find at least
 * `preciseRankLimit` rows; otherwise (and for the typo matches a narrower query also
 * needs) PostgreSQL answers.
 */
async function matchText(
	db: DbOrTx,
	query: SearchPracticesQuery,
	q: string
): Promise<{ index: SearchIndex; text: TextMatch }> {
	const probe = await probeText(db, query, q);
	let index = await searchIndexAt(db, query.lang, probe.version);
	const lists = wordListsOf(index);
	if (lists?.version === probe.version) {
		const words = matchWords(lists, index.size, probe.tsquery);
		if (words && words.document.count() >= preciseRankLimit) {
			return { index, text: { ...words, typo: [] } };
		}
	}
	const found = await textMatches(db, query, q, probe.version);
	if (found.version > index.version) {
		index = await searchIndexAt(db, query.lang, found.version);
	}
	return {
		index,
		text: {
			heading: Bitset.of(index.size, positionsOf(index, found.heading)),
			document: Bitset.of(index.size, positionsOf(index, found.document)),
			typo: positionsOf(index, found.typo)
		}
	};
}

/**
 * Working space for `countFacets`, reused from search to search. One per process is
 * enough: `countFacets` runs to its end without yielding to another search.
 */
let scratch: { base: Bitset; words: Int32Array } | undefined;
function scratchOf(size: number): { base: Bitset; words: Int32Array } {
	if (scratch?.base.size !== size) {
		scratch = { base: new Bitset(size), words: new Int32Array(Math.ceil(size / 32)) };
	}
	return scratch;
}

/**
 * For each facet, the count of each value among the matches that pass every other
 * facet's filter. A ticked value stays listed at 0, so the reader can untick it.
 */
export function countFacets(
	plan: SearchPlan,
	query: SearchPracticesQuery
): Record<FacetName, FacetCount[]> {
	const { index, matches, filters } = plan;
	const counts = {} as Record<FacetName, FacetCount[]>;
	const scratch = scratchOf(index.size);
	for (const facet of facetNames) {
		const others = facetNames.flatMap((f) => (f !== facet && filters[f] ? [filters[f]] : []));
		const base = scratch.base.assignAnd(matches, others);
		const baseWords = base.nonZeroWords(scratch.words);
		const ticked: readonly string[] = query[facet];
		const values: FacetCount[] = [];
		for (const [value, rows] of index.facets[facet]) {
			const count = base.countAndIn(rows, baseWords);
			if (count > 0 || ticked.includes(value)) {
				values.push({ value, count });
			}
		}
		for (const value of ticked) {
			if (!index.facets[facet].has(value)) {
				values.push({ value, count: 0 });
			}
		}
		counts[facet] = values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}
	return counts;
}
