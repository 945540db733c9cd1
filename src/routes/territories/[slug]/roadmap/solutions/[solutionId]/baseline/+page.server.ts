import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { freezeBaseline } from '$lib/server/modules/roadmap/freeze-baseline';
import { solutionTarget } from '$lib/server/modules/roadmap/solution-target';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate } from '$lib/server/platform/i18n/messages';
import type { Actions, PageServerLoad } from './$types';

/** The confirm step of freezing (or freezing again) a solution's baseline. */
export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	let target;
	try {
		target = await solutionTarget(useCaseContext(event), event.params, 'plan.view');
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	if (!target.canGovern) {
		error(403, translate('error_forbidden'));
	}
	return {
		territory: { slug: target.territory.slug, name: target.territory.name },
		solution: {
			id: target.solution.id,
			title: target.solution.title,
			baselineFrozenAt: target.solution.baselineFrozenAt?.toISOString() ?? null
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const values = formValues(await event.request.formData());
		try {
			await freezeBaseline(useCaseContext(event), {
				slug: event.params.slug,
				solutionId: event.params.solutionId,
				refreeze: values.refreeze === 'yes'
			});
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/roadmap/solutions/${event.params.solutionId}?notice=frozen`
			)
		);
	}
};
