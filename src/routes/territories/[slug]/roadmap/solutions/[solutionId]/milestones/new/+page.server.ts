import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { createMilestone } from '$lib/server/modules/roadmap/create-milestone';
import { getMilestoneFormOptions } from '$lib/server/modules/roadmap/milestone-form-options';
import { milestoneArrayFields, milestoneForm } from '$lib/server/modules/roadmap/solution-form';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const options = await getMilestoneFormOptions(useCaseContext(event), event.params);
		return {
			territory: { slug: options.territory.slug, name: options.territory.name },
			solution: {
				id: options.solution.id,
				title: options.solution.title,
				startsOn: options.solution.startsOn,
				endsOn: options.solution.endsOn,
				baselineFrozen: options.solution.baselineFrozenAt !== null
			},
			choices: { members: options.members, milestones: options.milestones }
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, milestoneForm, {
			arrayFields: milestoneArrayFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await createMilestone(useCaseContext(event), { ...parsed.data, ...event.params });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/roadmap/solutions/${event.params.solutionId}?notice=milestone#milestones`
			)
		);
	}
};
