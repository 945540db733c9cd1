import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRoadmapOverview } from '$lib/server/modules/roadmap/get-roadmap-overview';
import {
	ambitionFields,
	deleteAmbition,
	saveAmbition
} from '$lib/server/modules/roadmap/save-ambition';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const ambitionForm = ambitionFields.extend({
	ambitionId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional())
});

/** The ambition statements: a list, one form (adding, or editing the one in `?edit=`). */
export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getRoadmapOverview(useCaseContext(event), event.params);
		const editing = view.ambitions.find((a) => a.id === event.url.searchParams.get('edit'));
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			ambitions: view.ambitions.map((a) => ({
				id: a.id,
				code: a.code,
				title: a.title,
				subObjectives: a.subObjectives
			})),
			editing: editing
				? {
						id: editing.id,
						code: editing.code,
						title: editing.title,
						subObjectives: editing.subObjectives
					}
				: null,
			canEdit: view.canEdit,
			canDelete: view.canDelete
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const back = (slug: string) => localizeHref(`/territories/${slug}/roadmap/ambitions`);

export const actions: Actions = {
	save: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, ambitionForm);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await saveAmbition(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, back(event.params.slug));
	},
	delete: async (event) => {
		signInRequired(event);
		const values = formValues(await event.request.formData());
		try {
			await deleteAmbition(useCaseContext(event), {
				slug: event.params.slug,
				ambitionId: String(values.ambitionId ?? '')
			});
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, back(event.params.slug));
	}
};
