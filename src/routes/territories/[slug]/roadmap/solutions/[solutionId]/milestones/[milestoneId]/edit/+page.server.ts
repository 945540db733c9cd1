import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deleteMilestone } from '$lib/server/modules/roadmap/delete-milestone';
import { getMilestone } from '$lib/server/modules/roadmap/get-solution';
import { getMilestoneFormOptions } from '$lib/server/modules/roadmap/milestone-form-options';
import { milestoneArrayFields, milestoneEditForm } from '$lib/server/modules/roadmap/solution-form';
import {
	milestoneConflictView,
	milestoneInitial
} from '$lib/server/modules/roadmap/solution-page-view';
import { updateMilestone } from '$lib/server/modules/roadmap/update-milestone';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const options = await getMilestoneFormOptions(ctx, event.params);
		const milestone = await getMilestone(ctx, event.params);
		return {
			territory: { slug: options.territory.slug, name: options.territory.name },
			solution: {
				id: options.solution.id,
				title: options.solution.title,
				startsOn: options.solution.startsOn,
				endsOn: options.solution.endsOn
			},
			milestone: {
				id: milestone.id,
				title: milestone.title,
				version: milestone.version,
				baselineStart: milestone.baselineStart,
				baselineEnd: milestone.baselineEnd
			},
			canDelete: options.canDelete,
			choices: { members: options.members, milestones: options.milestones },
			initial: milestoneInitial(milestone)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const sheet = (params: { slug: string; solutionId: string }) =>
	localizeHref(
		`/territories/${params.slug}/roadmap/solutions/${params.solutionId}?notice=milestone#milestones`
	);

export const actions: Actions = {
	save: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, milestoneEditForm, {
			arrayFields: milestoneArrayFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		const ctx = useCaseContext(event);
		try {
			await updateMilestone(ctx, { ...parsed.data, ...event.params });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			if (failure.status !== 409) {
				return failure;
			}
			// Someone saved meanwhile: show what is there now beside the input kept.
			const current = await getMilestone(ctx, event.params);
			return fail(409, { ...failure.data, conflict: milestoneConflictView(current) });
		}
		redirect(303, sheet(event.params));
	},
	delete: async (event) => {
		signInRequired(event);
		try {
			await deleteMilestone(useCaseContext(event), event.params);
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, sheet(event.params));
	}
};
