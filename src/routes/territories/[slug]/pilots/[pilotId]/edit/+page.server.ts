import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { getPilotAction } from '$lib/server/modules/roadmap/get-pilot-action';
import { getPilotFormOptions } from '$lib/server/modules/roadmap/pilot-form-options';
import { pilotArrayFields, pilotEditForm } from '$lib/server/modules/roadmap/pilot-input';
import {
	initialValues,
	onFields,
	pilotChoices,
	pilotPageView
} from '$lib/server/modules/roadmap/pilot-page-view';
import { updatePilotAction } from '$lib/server/modules/roadmap/update-pilot-action';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const locale = contentLocale();
		const address = { slug: event.params.slug, pilotId: event.params.pilotId, locale };
		// The form's choices first: they check that the actor may edit (403 otherwise).
		const options = await getPilotFormOptions(ctx, { slug: event.params.slug, locale });
		const view = await getPilotAction(ctx, address);
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			pilot: { id: view.pilot.id, title: view.pilot.title, version: view.pilot.version },
			choices: pilotChoices(options, locale, view.practices),
			initial: initialValues(view)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, pilotEditForm, {
			arrayFields: pilotArrayFields
		});
		if (!parsed.ok) {
			return onFields(parsed.failure);
		}
		const ctx = useCaseContext(event);
		const address = { slug: event.params.slug, pilotId: event.params.pilotId };
		try {
			await updatePilotAction(ctx, { ...parsed.data, ...address });
		} catch (error) {
			const failure = onFields(failFromError(error, parsed.values));
			if (failure.status !== 409) {
				return failure;
			}
			// Someone saved meanwhile: show what is there now beside the input kept.
			const locale = contentLocale();
			const current = pilotPageView(await getPilotAction(ctx, { ...address, locale }), locale);
			return fail(409, { ...failure.data, conflict: current });
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/pilots/${event.params.pilotId}?notice=saved`)
		);
	}
};
