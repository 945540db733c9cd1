import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	createStakeholderCategory,
	stakeholderCategoryFields
} from '$lib/server/modules/ecosystem/create-stakeholder-category';
import { listStakeholders } from '$lib/server/modules/ecosystem/list-stakeholders';
import { labelKey, standardCategories } from '$lib/server/modules/ecosystem/vocabulary';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { translate } from '$lib/server/platform/i18n/messages';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const list = await listStakeholders(useCaseContext(event), { slug: event.params.slug });
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			standard: standardCategories.map((key) => ({
				key,
				label: translate(labelKey('category', key))
			})),
			custom: list.customCategories.map(({ key, label }) => ({ key, label })),
			canManage: list.canManage
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, stakeholderCategoryFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await createStakeholderCategory(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/ecosystem?notice=category_created`)
		);
	}
};
