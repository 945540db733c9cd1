import { localizeHref } from '$lib/paraglide/runtime';
import { translate } from '../../platform/i18n/messages';
import { vocabularyLabel, type VocabularyList } from './labels';
import {
	facetNames,
	searchQueryString,
	type FacetName,
	type SearchPracticesQuery
} from './search-input';
import type { PracticeSearchResult } from './search-practices';

/** The vocabulary each facet's values are labelled from. */
const facetLists: Record<FacetName, VocabularyList | 'country'> = {
	domain: 'domain',
	region: 'region',
	country: 'country',
	population: 'population',
	tool: 'tool',
	cost: 'cost',
	risk: 'risk',
	evidence: 'evidence',
	language: 'language'
};

export const facetLabel = (facet: FacetName): string => translate(`catalogue_facet_${facet}`);

const href = (query: Partial<SearchPracticesQuery>): string =>
	localizeHref(`/practices${searchQueryString(query)}`);

/** Removes one value of one facet (or the whole facet), back to the first page. */
function without(query: SearchPracticesQuery, facet: FacetName, value?: string) {
	return {
		...query,
		page: 1,
		[facet]: value === undefined ? [] : query[facet].filter((v) => v !== value)
	};
}

/** The CSV of every result (not one page), in the reader's language. */
function csvHref(query: SearchPracticesQuery): string {
	return localizeHref(`/practices/export.csv${searchQueryString({ ...query, page: 1 })}`);
}

/**
 * What the search page shows, labelled on the server: results, facets with counts and
 * checked state, the active filters each with a link that removes it, and page links.
 */
export function searchView(result: PracticeSearchResult) {
	const { query } = result;
	const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
	return {
		q: query.q ?? '',
		sort: query.sort,
		total: result.total,
		page: result.page,
		pages,
		items: result.items.map((item) => ({
			slug: item.slug,
			href: localizeHref(`/practices/${item.slug}`),
			title: item.title,
			summary: item.summary,
			place: item.place,
			region: vocabularyLabel('region', item.region),
			domains: item.domains.map((d) => vocabularyLabel('domain', d)),
			evidence: vocabularyLabel('evidence', item.evidenceLevel),
			replicationCount: item.replicationCount,
			/** Set when the texts are not in the reader's language. */
			textLanguage:
				item.textLanguage === query.lang ? null : vocabularyLabel('language', item.textLanguage),
			lang: item.textLanguage
		})),
		facets: facetNames.map((facet) => ({
			name: facet,
			label: facetLabel(facet),
			values: result.facets[facet].map(({ value, count }) => ({
				value,
				count,
				label: vocabularyLabel(facetLists[facet], value),
				checked: (query[facet] as readonly string[]).includes(value)
			}))
		})),
		active: facetNames.flatMap((facet) =>
			query[facet].map((value) => ({
				facet: facetLabel(facet),
				label: vocabularyLabel(facetLists[facet], value),
				removeHref: href(without(query, facet, value))
			}))
		),
		clearHref: href({ q: query.q, sort: query.sort }),
		previousHref: result.page > 1 ? href({ ...query, page: result.page - 1 }) : null,
		nextHref: result.page < pages ? href({ ...query, page: result.page + 1 }) : null,
		csvHref: csvHref(query)
	};
}
export type SearchView = ReturnType<typeof searchView>;
