import { and, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { parseInput } from '../../platform/validation';
import { orderedPositions } from './rank-practices';
import { practiceSearchTable as ps } from './schema';
import type { SearchIndex } from './search-index';
import {
	pageSize,
	searchPracticesInput,
	type FacetName,
	type SearchPracticesInput,
	type SearchPracticesQuery
} from './search-input';
import { countFacets, planSearch, type FacetCount } from './search-plan';

export type { FacetCount } from './search-plan';

export interface PracticeHit {
	slug: string;
	title: string;
	summary: string;
	place: string;
	/** The language the texts are in: not the reader's when the practice lacks a translation. */
	textLanguage: string;
	languages: string[];
	domains: string[];
	region: string;
	countries: string[];
	evidenceLevel: string;
	replicationCount: number;
	publishedAt: Date;
}

export interface PracticeSearchResult {
	query: SearchPracticesQuery;
	total: number;
	page: number;
	pageSize: number;
	items: PracticeHit[];
	facets: Record<FacetName, FacetCount[]>;
}

/**
 * Searches the published catalogue in the reader's language: full text, filters, sort,
 * one page of results, and for each facet the count of each value under all the other
 * filters (so that ticking a second value of a facet shows what it would add).
 *
 * PostgreSQL finds the rows that match the text (its GIN indexes); the in-memory search
 * index (search-index.ts) filters, counts and orders them; PostgreSQL then reads the 20
 * rows of the page.
 */
export async function searchPractices(
	ctx: UseCaseContext,
	input: SearchPracticesInput
): Promise<PracticeSearchResult> {
	const query = parseInput(searchPracticesInput, input);
	const plan = await planSearch(ctx.db, query);
	const skip = (query.page - 1) * pageSize;
	const positions = await orderedPositions(ctx.db, plan, query, skip, pageSize);
	return {
		query,
		total: plan.selected.count(),
		page: query.page,
		pageSize,
		items: await hitsAt(ctx.db, plan.index, query.lang, positions),
		facets: countFacets(plan, query)
	};
}

/** Most rows a CSV export holds: a spreadsheet, not a data dump (the API pages further). */
export const exportLimit = 5_000;

/** Every practice matching a search (up to `exportLimit`), in the search's order. */
export async function listMatchingPractices(
	ctx: UseCaseContext,
	input: SearchPracticesInput
): Promise<PracticeHit[]> {
	const query = parseInput(searchPracticesInput, input);
	const plan = await planSearch(ctx.db, query);
	const positions = await orderedPositions(ctx.db, plan, query, 0, exportLimit);
	return hitsAt(ctx.db, plan.index, query.lang, positions);
}

const hitColumns = {
	searchNo: ps.searchNo,
	slug: ps.slug,
	title: ps.title,
	summary: ps.summary,
	place: ps.place,
	textLanguage: ps.textLanguage,
	languages: ps.languages,
	domains: ps.domains,
	region: ps.region,
	countries: ps.countries,
	evidenceLevel: ps.evidenceLevel,
	replicationCount: ps.replicationCount,
	publishedAt: ps.publishedAt
};

/** The rows at the given positions, in that order. */
async function hitsAt(
	db: DbOrTx,
	index: SearchIndex,
	lang: SearchPracticesQuery['lang'],
	positions: number[]
): Promise<PracticeHit[]> {
	if (positions.length === 0) {
		return [];
	}
	const searchNos = positions.flatMap((position) => index.searchNos[position] ?? []);
	const rows = await db
		.select(hitColumns)
		.from(ps)
		.where(and(eq(ps.readerLanguage, lang), inArray(ps.searchNo, searchNos)));
	const bySearchNo = new Map(rows.map(({ searchNo, ...hit }) => [searchNo, hit]));
	return searchNos.flatMap((no) => bySearchNo.get(no) ?? []);
}
