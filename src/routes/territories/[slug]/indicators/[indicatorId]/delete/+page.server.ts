import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deleteIndicator } from '$lib/server/modules/indicators/delete-indicator';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import { forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const details = await getIndicator(useCaseContext(event), {
			slug: event.params.slug,
			indicatorId: event.params.indicatorId
		});
		if (!details.canDelete) {
			throw forbidden();
		}
		return {
			territory: { slug: details.territory.slug, name: details.territory.name },
			indicator: { id: details.indicator.id, title: details.indicator.title },
			measurements: details.series.length
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		try {
			await deleteIndicator(useCaseContext(event), {
				slug: event.params.slug,
				indicatorId: event.params.indicatorId
			});
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/indicators?notice=deleted`));
	}
};
