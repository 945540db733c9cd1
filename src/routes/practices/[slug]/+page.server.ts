import { getLocale } from '$lib/paraglide/runtime';
import { getPractice } from '$lib/server/modules/catalogue/get-practice';
import { practicePageView } from '$lib/server/modules/catalogue/practice-view';
import { plannableTerritories } from '$lib/server/modules/roadmap/plannable-territories';
import { config } from '$lib/server/platform/config';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const locale = getLocale();
	const view = await getPractice(useCaseContext(event), {
		slug: event.params.slug,
		lang: locale
	}).catch(rethrowAsHttpError);
	return {
		practice: practicePageView(view, locale, config().ORIGIN ?? event.url.origin),
		signedIn: event.locals.actor.kind === 'user',
		roadmaps: await plannableTerritories(useCaseContext(event).db, event.locals.actor)
	};
};
