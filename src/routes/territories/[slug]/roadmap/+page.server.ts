import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRoadmapOverview } from '$lib/server/modules/roadmap/get-roadmap-overview';
import {
	roadmapVisionFields,
	saveRoadmapVision
} from '$lib/server/modules/roadmap/save-roadmap-vision';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const notices = ['deleted', 'vision'] as const;
const visionForm = roadmapVisionFields.extend({ version: z.coerce.number().int().min(0) });

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getRoadmapOverview(useCaseContext(event), event.params);
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			roadmap: {
				vision: view.roadmap?.vision ?? '',
				thematicTrack: view.roadmap?.thematicTrack ?? '',
				version: view.roadmap?.version ?? 0
			},
			ambitions: view.ambitions.map((a) => ({
				id: a.id,
				code: a.code,
				title: a.title,
				subObjectives: a.subObjectives.split('\n').filter((line) => line.trim() !== '')
			})),
			solutions: view.plan.solutions.map((s) => ({
				id: s.id,
				title: s.title,
				stage: s.stage,
				status: s.status,
				progress: s.progress,
				startsOn: s.startsOn,
				endsOn: s.endsOn,
				published: s.published
			})),
			progress: view.plan.progress,
			governance: view.governance,
			canEdit: view.canEdit,
			notice: notices.find((n) => n === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	vision: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, visionForm);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await saveRoadmapVision(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			return failure.status === 409 ? fail(409, failure.data) : failure;
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/roadmap?notice=vision`));
	}
};
