import { contentLocale } from '$lib/server/modules/guide/locale';
import { riskTaxonomy } from '$lib/server/modules/risks/content';
import type { PageServerLoad } from './$types';

/** The risk taxonomy, public: the same for everyone, in the reader's language. */
export const load: PageServerLoad = ({ setHeaders }) => {
	const locale = contentLocale();
	setHeaders({ 'cache-control': 'public, max-age=3600' });
	return {
		locale,
		macroChallenges: riskTaxonomy().map((macro) => ({
			id: macro.id,
			title: macro.title[locale],
			description: macro.description[locale],
			risks: macro.risks.map((risk) => ({
				id: risk.id,
				title: risk.title[locale],
				description: risk.description[locale]
			}))
		}))
	};
};
