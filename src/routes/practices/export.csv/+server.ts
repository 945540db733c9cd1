import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { labelled, vocabularyLabel } from '$lib/server/modules/catalogue/labels';
import { searchPracticesInput } from '$lib/server/modules/catalogue/search-input';
import { listMatchingPractices } from '$lib/server/modules/catalogue/search-practices';
import { config } from '$lib/server/platform/config';
import { useCaseContext } from '$lib/server/platform/http/context';
import { queryObject } from '$lib/server/platform/http/query';
import { translate, translateIssue } from '$lib/server/platform/i18n/messages';
import { toCsv } from '$lib/server/platform/spreadsheet/csv';
import type { RequestHandler } from './$types';

/** The search results as CSV (every match, not one page), in the page's language. */
export const GET: RequestHandler = async (event) => {
	const parsed = searchPracticesInput.safeParse({
		...queryObject(event.url.searchParams),
		lang: getLocale()
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, issue ? translateIssue(issue) : translate('error_validation'));
	}
	const hits = await listMatchingPractices(useCaseContext(event), parsed.data);
	const origin = config().ORIGIN ?? event.url.origin;
	const prefix = parsed.data.lang === 'fr' ? '/fr' : '';
	const header = [
		'catalogue_csv_title',
		'catalogue_csv_summary',
		'catalogue_csv_place',
		'catalogue_csv_countries',
		'catalogue_facet_region',
		'catalogue_facet_domain',
		'catalogue_facet_language',
		'catalogue_facet_evidence',
		'catalogue_csv_replications',
		'catalogue_csv_link'
	].map((key) => translate(key));
	const rows = hits.map((hit) => [
		hit.title,
		hit.summary,
		hit.place,
		hit.countries.join(' '),
		vocabularyLabel('region', hit.region),
		labelled('domain', hit.domains)
			.map((d) => d.label)
			.join('; '),
		hit.languages.join(' '),
		vocabularyLabel('evidence', hit.evidenceLevel),
		String(hit.replicationCount),
		new URL(`${prefix}/practices/${hit.slug}`, origin).href
	]);
	return new Response(toCsv([header, ...rows]), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="practices.csv"'
		}
	});
};
