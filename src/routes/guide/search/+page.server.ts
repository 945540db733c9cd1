import { contentLocale } from '$lib/server/modules/guide/locale';
import {
	hitEnd,
	hitStart,
	searchGuide,
	searchGuideInput
} from '$lib/server/modules/guide/search-guide';
import { methodOrNotFound, stepOrNotFound, stepPath } from '$lib/server/modules/guide/step-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { translateIssue } from '$lib/server/platform/i18n/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** Splits an excerpt into plain and found parts, so the page escapes both. */
function excerptParts(excerpt: string): { text: string; hit: boolean }[] {
	return excerpt
		.split(hitStart)
		.flatMap((chunk, index) => {
			if (index === 0) {
				return [{ text: chunk, hit: false }];
			}
			const [hit = '', rest = ''] = chunk.split(hitEnd);
			return [
				{ text: hit, hit: true },
				{ text: rest, hit: false }
			];
		})
		.filter((part) => part.text !== '');
}

export const load: PageServerLoad = async (event) => {
	const q = event.url.searchParams.get('q') ?? '';
	const locale = contentLocale();
	if (q.trim() === '') {
		return { q, error: null, hits: null };
	}
	const parsed = searchGuideInput.safeParse({ q, locale });
	const issue = parsed.error?.issues[0];
	if (!parsed.success || issue) {
		return { q, error: issue ? translateIssue(issue) : null, hits: null };
	}
	const hits = await searchGuide(useCaseContext(event), parsed.data);
	return {
		q,
		error: null,
		hits: hits.map((hit) => {
			const method = methodOrNotFound(hit.methodId);
			const { step } = stepOrNotFound(method, hit.stepId);
			return {
				key: `${hit.methodId}/${hit.stepId}`,
				method: method.title[locale],
				step: step.title[locale],
				heading: hit.heading,
				href: localizeHref(stepPath(hit.methodId, hit.stepId)),
				excerpt: excerptParts(hit.excerpt)
			};
		})
	};
};
