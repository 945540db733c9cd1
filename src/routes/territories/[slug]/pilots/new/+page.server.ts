import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { createPilotAction } from '$lib/server/modules/roadmap/create-pilot-action';
import { getPilotFormOptions } from '$lib/server/modules/roadmap/pilot-form-options';
import { pilotArrayFields, pilotForm } from '$lib/server/modules/roadmap/pilot-input';
import {
	focusFrom,
	onFields,
	pilotChoices,
	prefillValues
} from '$lib/server/modules/roadmap/pilot-page-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const locale = contentLocale();
		const options = await getPilotFormOptions(useCaseContext(event), {
			slug: event.params.slug,
			locale,
			focus: focusFrom(event.url)
		});
		return {
			territory: { slug: options.territory.slug, name: options.territory.name },
			choices: pilotChoices(options, locale),
			initial: prefillValues(options.focus)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, pilotForm, { arrayFields: pilotArrayFields });
		if (!parsed.ok) {
			return onFields(parsed.failure);
		}
		let pilotId: string;
		try {
			const pilot = await createPilotAction(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
			pilotId = pilot.id;
		} catch (error) {
			return onFields(failFromError(error, parsed.values));
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/pilots/${pilotId}?notice=created`)
		);
	}
};
