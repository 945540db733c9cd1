import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { selectRows } from '../../platform/db/rows';
import { parseInput } from '../../platform/validation';
import { foldForMatching } from './index-practices';
import { practiceSearchTable as ps } from './schema';
import {
	facetNames,
	pageSize,
	searchPracticesInput,
	type FacetName,
	type SearchPracticesInput,
	type SearchPracticesQuery
} from './search-input';

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

export interface FacetCount {
	value: string;
	count: number;
}

export interface PracticeSearchResult {
	query: SearchPracticesQuery;
	total: number;
	page: number;
	pageSize: number;
	items: PracticeHit[];
	facets: Record<FacetName, FacetCount[]>;
}

/** The column each facet filters and counts, and whether it holds several values. */
const facetColumns = {
	domain: { column: ps.domains, array: true },
	region: { column: ps.region, array: false },
	country: { column: ps.countries, array: true },
	population: { column: ps.populationBand, array: false },
	tool: { column: ps.toolTypes, array: true },
	cost: { column: ps.costBand, array: false },
	risk: { column: ps.risks, array: true },
	evidence: { column: ps.evidenceLevel, array: false },
	language: { column: ps.languages, array: true }
} as const;

const textArray = (values: string[]): SQL =>
	sql`ARRAY[${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;

/** Values of one facet combine with OR; facets combine with AND. */
function facetCondition(facet: FacetName, values: string[]): SQL | undefined {
	if (values.length === 0) {
		return undefined;
	}
	const { column, array } = facetColumns[facet];
	return array
		? sql`${column} && ${textArray(values)}`
		: sql`${column} = ANY(${textArray(values)})`;
}

function textSearch(query: SearchPracticesQuery): { match: SQL; rank: SQL<number> } | undefined {
	if (!query.q) {
		return undefined;
	}
	const config = sql.raw(query.lang === 'fr' ? `'territoria_fr'` : `'territoria_en'`);
	const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${query.q})`;
	const folded = foldForMatching(query.q);
	// Full text finds words in any form ("donnees" finds "données"); trigrams on title and
	// place forgive a typo ("Guediawaie"). Both can use their GIN index. A full-text match
	// ranks above any typo match: otherwise one word of the query in a title ("tax
	// collection" → "…collection of recyclables…") beats a practice matching every word.
	return {
		match: sql`(${ps.document} @@ ${tsquery} OR ${folded} <% ${ps.label})`,
		rank: sql<number>`((${ps.document} @@ ${tsquery})::int + ts_rank(${ps.document}, ${tsquery}) + word_similarity(${folded}, ${ps.label}))`
	};
}

/**
 * Searches the published catalogue in the reader's language: full text, filters, sort,
 * one page of results, and for each facet the count of each value under all the other
 * filters (so that ticking a second value of a facet shows what it would add).
 */
export async function searchPractices(
	ctx: UseCaseContext,
	input: SearchPracticesInput
): Promise<PracticeSearchResult> {
	const query = parseInput(searchPracticesInput, input);
	const { base, filters, where, order } = searchPlan(query);
	const rows = await ctx.db
		.select(hitColumns)
		.from(ps)
		.where(where)
		.orderBy(...order)
		.limit(pageSize)
		.offset((query.page - 1) * pageSize);
	const { total, facets } = await facetCounts(ctx, base, filters, query);
	return { query, total, page: query.page, pageSize, items: rows, facets };
}

/** Most rows a CSV export holds: a spreadsheet, not a data dump (the API pages further). */
export const exportLimit = 5_000;

/** Every practice matching a search (up to `exportLimit`), in the search's order. */
export async function listMatchingPractices(
	ctx: UseCaseContext,
	input: SearchPracticesInput
): Promise<PracticeHit[]> {
	const query = parseInput(searchPracticesInput, input);
	const { where, order } = searchPlan(query);
	return ctx.db
		.select(hitColumns)
		.from(ps)
		.where(where)
		.orderBy(...order)
		.limit(exportLimit);
}

const hitColumns = {
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

/** The conditions and order of a search, shared by the page of results and the export. */
function searchPlan(query: SearchPracticesQuery) {
	const text = textSearch(query);
	const base = and(eq(ps.readerLanguage, query.lang), text?.match);
	const filters = Object.fromEntries(
		facetNames.map((facet) => [facet, facetCondition(facet, query[facet])])
	) as Record<FacetName, SQL | undefined>;
	const where = and(base, ...facetNames.map((facet) => filters[facet]));
	const order =
		query.sort === 'replicated'
			? [desc(ps.replicationCount), desc(ps.publishedAt), ps.slug]
			: query.sort === 'relevance' && text
				? [desc(text.rank), desc(ps.publishedAt), ps.slug]
				: [desc(ps.publishedAt), ps.slug];
	return { base, filters, where, order };
}

/**
 * One query for the total and every facet: the facet columns of the rows matching the
 * text are read once into `matches` (named like the table, so the filters' column
 * references apply to it), then each facet counts its values among the matches that pass
 * every other facet's filter, and the total counts those that pass them all.
 */
async function facetCounts(
	ctx: UseCaseContext,
	base: SQL | undefined,
	filters: Record<FacetName, SQL | undefined>,
	query: SearchPracticesQuery
): Promise<{ total: number; facets: Record<FacetName, FacetCount[]> }> {
	const others = (facet: FacetName): SQL => {
		const conditions = facetNames.filter((f) => f !== facet).map((f) => filters[f]);
		return and(sql`true`, ...conditions) ?? sql`true`;
	};
	const columns = sql.join(
		facetNames.map((facet) => sql.identifier(facetColumns[facet].column.name)),
		sql`, `
	);
	const branches = facetNames.map((facet) => {
		const { column, array } = facetColumns[facet];
		const value = array ? sql`unnest(${column})` : column;
		return sql`(SELECT ${facet}::text AS facet, v::text AS value, count(*)::int AS count
			FROM (SELECT ${value} AS v FROM matches AS ${ps} WHERE ${others(facet)}) AS f
			WHERE v IS NOT NULL GROUP BY v)`;
	});
	const all = and(sql`true`, ...facetNames.map((facet) => filters[facet])) ?? sql`true`;
	const totalBranch = sql`(SELECT '' AS facet, '' AS value, count(*)::int AS count
		FROM matches AS ${ps} WHERE ${all})`;
	const rows = await selectRows<{ facet: FacetName | ''; value: string; count: number }>(
		ctx.db,
		sql`WITH matches AS MATERIALIZED (SELECT ${columns} FROM ${ps} WHERE ${base})
			${sql.join([totalBranch, ...branches], sql` UNION ALL `)}`
	);
	const facets = Object.fromEntries(facetNames.map((f) => [f, [] as FacetCount[]])) as Record<
		FacetName,
		FacetCount[]
	>;
	let total = 0;
	for (const row of rows) {
		// PGlite and node-postgres may type count differently; the cast in SQL makes it int.
		if (row.facet === '') {
			total = row.count;
		} else {
			facets[row.facet].push({ value: row.value, count: row.count });
		}
	}
	for (const facet of facetNames) {
		// A ticked value stays listed at 0, so the reader can untick it.
		for (const value of query[facet]) {
			if (!facets[facet].some((entry) => entry.value === value)) {
				facets[facet].push({ value, count: 0 });
			}
		}
		facets[facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}
	return { total, facets };
}
