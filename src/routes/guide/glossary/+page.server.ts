import { guideContent } from '$lib/server/modules/guide/content';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { linkResolver } from '$lib/server/modules/guide/step-view';
import { renderMarkdown } from '$lib/server/modules/guide/render-markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const locale = contentLocale();
	const collator = new Intl.Collator(locale);
	const terms = guideContent().methods.flatMap((method) =>
		method.terms.map((term) => ({
			id: term.id,
			term: term.term[locale],
			html: renderMarkdown(term.definition[locale], linkResolver(method, locale))
		}))
	);
	return { terms: terms.sort((a, b) => collator.compare(a.term, b.term)) };
};
