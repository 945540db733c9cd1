import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deleteStakeholder } from '$lib/server/modules/ecosystem/delete-stakeholder';
import { getStakeholder } from '$lib/server/modules/ecosystem/get-stakeholder';
import { forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getStakeholder(useCaseContext(event), {
			slug: event.params.slug,
			stakeholderId: event.params.stakeholderId
		});
		if (!view.canManage) {
			throw forbidden();
		}
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			stakeholder: { id: view.stakeholder.id, name: view.stakeholder.name }
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		try {
			await deleteStakeholder(useCaseContext(event), {
				slug: event.params.slug,
				stakeholderId: event.params.stakeholderId
			});
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/ecosystem?notice=deleted`));
	}
};
