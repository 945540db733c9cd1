import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { getSolution } from '$lib/server/modules/roadmap/get-solution';
import { solutionArrayFields, solutionEditForm } from '$lib/server/modules/roadmap/solution-form';
import { getSolutionFormOptions } from '$lib/server/modules/roadmap/solution-form-options';
import {
	solutionConflictView,
	solutionInitial
} from '$lib/server/modules/roadmap/solution-page-view';
import { updateSolution } from '$lib/server/modules/roadmap/update-solution';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		// The choices first: they check that the actor may edit (403 otherwise).
		const options = await getSolutionFormOptions(ctx, { slug: event.params.slug });
		const view = await getSolution(ctx, { ...event.params, locale: contentLocale() });
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			solution: {
				id: view.solution.id,
				title: view.solution.title,
				version: view.solution.version
			},
			choices: { ambitions: options.ambitions, areas: options.areas, pilots: options.pilots },
			initial: solutionInitial(
				view.solution,
				view.ambitions.map((a) => a.id)
			),
			practiceTitle: view.practice?.title ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, solutionEditForm, {
			arrayFields: solutionArrayFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		const ctx = useCaseContext(event);
		const address = { slug: event.params.slug, solutionId: event.params.solutionId };
		try {
			await updateSolution(ctx, { ...parsed.data, ...address });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			if (failure.status !== 409) {
				return failure;
			}
			// Someone saved meanwhile: show what is there now beside the input kept.
			const current = await getSolution(ctx, address);
			return fail(409, { ...failure.data, conflict: solutionConflictView(current.solution) });
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/roadmap/solutions/${event.params.solutionId}?notice=saved`
			)
		);
	}
};
