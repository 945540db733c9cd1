import type { PracticeView } from './get-practice';

/**
 * schema.org description of a practice for search engines and harvesters: a CreativeWork
 * about a place, in the language shown. Serialised with `<` escaped, so no text can close
 * the script element it sits in.
 */
export function jsonLdOf(view: PracticeView, origin: string): string {
	const { practice, texts } = view;
	const data = {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		'@id': new URL(`/practices/${practice.slug}`, origin).href,
		url: new URL(`/practices/${practice.slug}`, origin).href,
		name: texts.title,
		abstract: texts.summary,
		inLanguage: view.textLanguage,
		availableLanguage: view.languages,
		keywords: [...practice.domains, ...practice.toolTypes].join(', '),
		spatialCoverage: {
			'@type': 'Place',
			name: texts.place,
			address: practice.countries.map((country) => ({
				'@type': 'PostalAddress',
				addressCountry: country
			}))
		},
		...(practice.periodFrom
			? {
					temporalCoverage: `${practice.periodFrom}/${practice.periodTo ?? '..'}`
				}
			: {}),
		...(practice.contributorName
			? { contributor: { '@type': 'Organization', name: practice.contributorName } }
			: {}),
		datePublished: practice.publishedAt.toISOString(),
		dateModified: practice.updatedAt.toISOString(),
		sameAs: practice.links.map((link) => link.url)
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
