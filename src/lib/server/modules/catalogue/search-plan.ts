import type { DbOrTx } from '../../platform/db/client';
import { Bitset } from './bitset';
import { textMatches } from './match-text';
import { readSearchVersion, searchIndexAt, type SearchIndex } from './search-index';
import { facetNames, type FacetName, type SearchPracticesQuery } from './search-input';

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

/** Finds the rows matching the text (PostgreSQL), then filters them (the in-memory index). */
export async function planSearch(db: DbOrTx, query: SearchPracticesQuery): Promise<SearchPlan> {
	const found = query.q ? await textMatches(db, query, query.q) : undefined;
	const index = await searchIndexAt(
		db,
		query.lang,
		found?.version ?? (await readSearchVersion(db))
	);
	const text = found && {
		heading: Bitset.of(index.size, positionsOf(index, found.heading)),
		document: Bitset.of(index.size, positionsOf(index, found.document)),
		typo: positionsOf(index, found.typo)
	};
	const matches = text
		? Bitset.of(index.size, text.typo).orInPlace(text.document).orInPlace(text.heading)
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
	for (const facet of facetNames) {
		const others = facetNames.flatMap((f) => (f !== facet && filters[f] ? [filters[f]] : []));
		const base = matches.and(...others);
		const baseWords = base.nonZeroWords();
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
