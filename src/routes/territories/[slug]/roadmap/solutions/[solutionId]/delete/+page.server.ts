import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deleteSolution } from '$lib/server/modules/roadmap/delete-solution';
import { solutionTarget } from '$lib/server/modules/roadmap/solution-target';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate } from '$lib/server/platform/i18n/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	let target;
	try {
		target = await solutionTarget(useCaseContext(event), event.params, 'plan.view');
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	if (!target.canDelete) {
		error(403, translate('error_forbidden'));
	}
	return {
		territory: { slug: target.territory.slug, name: target.territory.name },
		solution: { id: target.solution.id, title: target.solution.title }
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		try {
			await deleteSolution(useCaseContext(event), event.params);
		} catch (caught) {
			return failFromError(caught, {});
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/roadmap?notice=deleted`));
	}
};
