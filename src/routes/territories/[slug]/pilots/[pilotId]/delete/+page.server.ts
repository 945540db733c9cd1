import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deletePilotAction } from '$lib/server/modules/roadmap/delete-pilot-action';
import { getPilotAction } from '$lib/server/modules/roadmap/get-pilot-action';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { translate } from '$lib/server/platform/i18n/messages';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	let view;
	try {
		view = await getPilotAction(useCaseContext(event), event.params);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	if (!view.canDelete) {
		error(403, translate('error_forbidden'));
	}
	return {
		territory: { slug: view.territory.slug, name: view.territory.name },
		pilot: { id: view.pilot.id, title: view.pilot.title }
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		try {
			await deletePilotAction(useCaseContext(event), event.params);
		} catch (caught) {
			return failFromError(caught, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/pilots?notice=deleted`));
	}
};
