import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { createStakeholder } from '$lib/server/modules/ecosystem/create-stakeholder';
import { listStakeholders } from '$lib/server/modules/ecosystem/list-stakeholders';
import {
	stakeholderFields,
	stakeholderListFields
} from '$lib/server/modules/ecosystem/stakeholder-fields';
import { stakeholderFormOptions } from '$lib/server/modules/ecosystem/stakeholder-view';
import { forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const list = await listStakeholders(useCaseContext(event), { slug: event.params.slug });
		if (!list.canEdit) {
			throw forbidden();
		}
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			options: stakeholderFormOptions(list.customCategories)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, stakeholderFields, {
			arrayFields: stakeholderListFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		let id: string;
		try {
			({ id } = await createStakeholder(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			}));
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/ecosystem/${id}?notice=created`));
	}
};
