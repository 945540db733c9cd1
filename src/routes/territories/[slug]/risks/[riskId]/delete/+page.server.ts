import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { deleteRisk } from '$lib/server/modules/risks/delete-risk';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate } from '$lib/server/platform/i18n/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	let view;
	try {
		view = await getRisk(useCaseContext(event), { ...event.params, locale: contentLocale() });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	if (!view.canDelete) {
		error(403, translate('error_forbidden'));
	}
	return {
		territory: { slug: view.territory.slug, name: view.territory.name },
		risk: { id: view.risk.id, title: view.title }
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		try {
			await deleteRisk(useCaseContext(event), event.params);
		} catch (caught) {
			return failFromError(caught, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/risks?notice=deleted`));
	}
};
