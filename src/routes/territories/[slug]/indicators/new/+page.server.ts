import { redirect } from '@sveltejs/kit';
import { planTerritory } from '$lib/server/modules/roadmap/solution-target';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { createIndicator } from '$lib/server/modules/indicators/create-indicator';
import { indicatorFields } from '$lib/server/modules/indicators/indicator-input';
import {
	advisedIndicators,
	countForSubject,
	subjectIn
} from '$lib/server/modules/indicators/indicator-target';
import {
	formValuesFromLibrary,
	subjectChoices
} from '$lib/server/modules/indicators/indicator-view';
import { libraryIndicatorById, libraryView } from '$lib/server/modules/indicators/library';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

/** `?solution=<id>`, `?pilot=<id>`, or `?subject=solution:<id>` from the chooser. */
function subjectParams(query: URLSearchParams) {
	const [kind, id] = (query.get('subject') ?? '').split(':');
	return {
		solutionId: query.get('solution') ?? (kind === 'solution' ? id : undefined),
		pilotActionId: query.get('pilot') ?? (kind === 'pilot' ? id : undefined)
	};
}

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const { territory } = await planTerritory(ctx, event.params.slug, 'plan.edit');
		const lang = contentLocale() === 'fr' ? 'fr' : 'en';
		const ref = subjectParams(event.url.searchParams);
		if (!ref.solutionId && !ref.pilotActionId) {
			return {
				territory: { slug: territory.slug, name: territory.name },
				subject: null,
				choices: await subjectChoices(ctx, territory.id),
				count: 0,
				advised: advisedIndicators,
				library: null,
				values: {}
			};
		}
		const subject = await subjectIn(ctx.db, territory.id, ref);
		const from = event.url.searchParams.get('from');
		const picked = from ? await libraryIndicatorById(from) : undefined;
		const library = await libraryView(lang);
		return {
			territory: { slug: territory.slug, name: territory.name },
			subject,
			choices: null,
			count: await countForSubject(ctx.db, subject),
			advised: advisedIndicators,
			library: {
				domains: library.domains,
				indicators: library.indicators,
				rules: library.selectionRules
			},
			values: picked ? formValuesFromLibrary(picked, lang) : { frequency: 'yearly' }
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, indicatorFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let created;
		try {
			created = await createIndicator(useCaseContext(event), {
				...parsed.data,
				...subjectParams(event.url.searchParams),
				slug: event.params.slug
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		const notice = created.aboveAdvice ? 'created-above-advice' : 'created';
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/indicators/${created.indicator.id}?notice=${notice}`
			)
		);
	}
};
