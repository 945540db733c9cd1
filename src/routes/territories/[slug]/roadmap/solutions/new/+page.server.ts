import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { createSolution } from '$lib/server/modules/roadmap/create-solution';
import { solutionArrayFields, solutionForm } from '$lib/server/modules/roadmap/solution-form';
import {
	getSolutionFormOptions,
	solutionPrefill
} from '$lib/server/modules/roadmap/solution-form-options';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const options = await getSolutionFormOptions(ctx, { slug: event.params.slug });
		const prefill = await solutionPrefill(ctx, options.territory, {
			pilot: event.url.searchParams.get('pilot'),
			practice: event.url.searchParams.get('practice'),
			locale: contentLocale()
		});
		return {
			territory: { slug: options.territory.slug, name: options.territory.name },
			choices: { ambitions: options.ambitions, areas: options.areas, pilots: options.pilots },
			initial: prefill.values,
			practiceTitle: prefill.practiceTitle,
			fromPilot: prefill.values.pilotActionId ? prefill.values.title : null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, solutionForm, {
			arrayFields: solutionArrayFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		let solutionId: string;
		try {
			const solution = await createSolution(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
			solutionId = solution.id;
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/roadmap/solutions/${solutionId}?notice=created`
			)
		);
	}
};
