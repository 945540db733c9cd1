// The searches the catalogue benchmark times, by kind, in English and French alternately.
import {
	facetNames,
	type SearchPracticesInput
} from '../../src/lib/server/modules/catalogue/search-input';
import { rareSubjects } from './catalogue-corpus';
import { misspeltPlaces } from './catalogue-places';

export const queryKinds = ['selective', 'common', 'commonFirst', 'filters', 'typo'] as const;
export type QueryKind = (typeof queryKinds)[number];

export const kindLabels: Record<QueryKind, string> = {
	selective: 'selective terms',
	common: 'common terms',
	commonFirst: 'common terms, first search',
	filters: 'filters only',
	typo: 'typo'
};

const alternate = (en: readonly string[], fr: readonly string[]): SearchPracticesInput[] =>
	en.flatMap((q, i) => [
		{ q, lang: 'en' as const },
		{ q: fr[i % fr.length] ?? q, lang: 'fr' as const }
	]);

const filterSets: SearchPracticesInput[] = [
	{ domain: ['b1'], region: ['sub-saharan-africa'], tool: ['sensors'] },
	{ domain: ['energy', 'data'], evidence: ['peer-reviewed'] },
	{ region: ['europe'], population: ['100k-500k'], cost: ['50k-500k'] },
	{ risk: ['privacy-security'], language: ['fr'], domain: ['participation'] },
	{ country: ['SN', 'CI'], tool: ['mobile-app', 'sms'] },
	{ region: ['latin-america-caribbean'], evidence: ['independently-verified'], domain: ['c'] },
	{ population: ['over-2m'], risk: ['digital-exclusion', 'trust'] },
	{ tool: ['open-data'], cost: ['under-50k'], region: ['north-africa-middle-east'] }
];

const commonTerms = {
	en: ['digital', 'data', 'digital service', 'published data'],
	fr: ['numérique', 'données', 'service numérique', 'données publiées']
};

/**
 * The common terms, each written a new way per call ("dAta data", …): the same search for
 * the database, a new one for the app's cache of broad queries (match-text.ts), so that
 * every call pays for finding its matches, as a first search does.
 */
function firstSearches(): SearchPracticesInput[] {
	const spelling = (q: string, variant: number): string => {
		const cased = Array.from(q, (letter, i) =>
			i < 4 && variant & (1 << i) ? letter.toUpperCase() : letter
		).join('');
		return Array.from({ length: 1 + Math.floor(variant / 16) }, () => cased).join(' ');
	};
	return Array.from({ length: 63 }, (_, i) => i + 1).flatMap((variant) =>
		alternate(
			commonTerms.en.map((q) => spelling(q, variant)),
			commonTerms.fr.map((q) => spelling(q, variant))
		)
	);
}

/** The inputs of one kind; a run cycles through them. */
export function inputsOf(kind: QueryKind): SearchPracticesInput[] {
	switch (kind) {
		case 'selective':
			return alternate(
				rareSubjects.map((s) => s.word.en),
				rareSubjects.map((s) => s.word.fr)
			);
		case 'common':
			return alternate(commonTerms.en, commonTerms.fr);
		case 'commonFirst':
			return firstSearches();
		case 'filters':
			return filterSets.flatMap((filters) => [
				{ ...filters, lang: 'en' as const },
				{ ...filters, lang: 'fr' as const }
			]);
		case 'typo':
			return alternate(misspeltPlaces, misspeltPlaces);
	}
}

/** The API address of a search: what a client of `GET /api/v1/practices` sends. */
export function urlOf(baseUrl: string, input: SearchPracticesInput): string {
	const params = new URLSearchParams();
	if (input.q) {
		params.set('q', input.q);
	}
	if (input.lang) {
		params.set('lang', input.lang);
	}
	for (const facet of facetNames) {
		const values: unknown = input[facet];
		if (Array.isArray(values)) {
			for (const value of values) {
				params.append(facet, String(value));
			}
		}
	}
	return `${baseUrl}/api/v1/practices?${params.toString()}`;
}
