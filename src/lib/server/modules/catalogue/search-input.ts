import { z } from 'zod';
import {
	costBands,
	domains,
	evidenceLevels,
	populationBands,
	practiceLanguages,
	readerLanguages,
	regions,
	riskMacroChallenges,
	toolTypes
} from './vocabulary';
import { countryCode } from './practice-record';

/**
 * A list filter as it comes from a URL: repeated (`domain=a&domain=b1`), comma-separated
 * (`domain=a,b1`) or absent.
 */
const list = <T extends z.ZodType>(item: T) =>
	z
		.preprocess((value: unknown): unknown[] => {
			const values: unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
			const split = values.flatMap((v): unknown[] =>
				typeof v === 'string' ? v.split(',').map((part) => part.trim()) : [v]
			);
			return [...new Set(split.filter((v) => v !== ''))];
		}, z.array(item).max(20))
		.default([]);

export const sortOrders = ['relevance', 'newest', 'replicated'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** The facets, each with its URL parameter and the vocabulary it takes values from. */
export const facetFilters = {
	domain: list(z.enum(domains)),
	region: list(z.enum(regions)),
	country: list(countryCode),
	population: list(z.enum(populationBands)),
	tool: list(z.enum(toolTypes)),
	cost: list(z.enum(costBands)),
	risk: list(z.enum(riskMacroChallenges)),
	evidence: list(z.enum(evidenceLevels)),
	language: list(z.enum(practiceLanguages))
};
export type FacetName = keyof typeof facetFilters;
export const facetNames = Object.keys(facetFilters) as FacetName[];

export const pageSize = 20;
/**
 * Up to this many full-text matches are ranked by PostgreSQL's `ts_rank`, which reads
 * each match's whole document; above it, by tiers of the in-memory index
 * (rank-practices.ts), and typos are not looked for (match-text.ts).
 */
export const preciseRankLimit = 1_000;
/** Deep pages cost as much as they are rare; nobody reads past the 500th. */
export const maxPage = 500;

export const searchPracticesInput = z.object({
	q: z
		.string()
		.max(200, { message: 'catalogue_error_query_too_long' })
		.refine((value) => !value.includes('\u0000'), { message: 'validation_invalid_characters' })
		.transform((value) => value.trim().replace(/\s+/g, ' '))
		.optional(),
	lang: z.enum(readerLanguages).default('en'),
	sort: z.enum(sortOrders).default('relevance'),
	page: z.coerce.number().int().min(1).max(maxPage).default(1),
	...facetFilters
});
export type SearchPracticesInput = z.input<typeof searchPracticesInput>;
export type SearchPracticesQuery = z.output<typeof searchPracticesInput>;

/** Writes the search state back as a query string, leaving defaults out. */
export function searchQueryString(query: Partial<SearchPracticesQuery>): string {
	const params = new URLSearchParams();
	if (query.q) {
		params.set('q', query.q);
	}
	for (const facet of facetNames) {
		for (const value of query[facet] ?? []) {
			params.append(facet, value);
		}
	}
	if (query.sort && query.sort !== 'relevance') {
		params.set('sort', query.sort);
	}
	if (query.page && query.page > 1) {
		params.set('page', String(query.page));
	}
	const string = params.toString();
	return string ? `?${string}` : '';
}
