import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getStakeholder } from '$lib/server/modules/ecosystem/get-stakeholder';
import {
	stakeholderFields,
	stakeholderListFields
} from '$lib/server/modules/ecosystem/stakeholder-fields';
import {
	differences,
	formValuesOf,
	stakeholderFormOptions
} from '$lib/server/modules/ecosystem/stakeholder-view';
import {
	profileOf,
	staleVersionKey,
	stakeholderVersion,
	updateStakeholder
} from '$lib/server/modules/ecosystem/update-stakeholder';
import { AppError, forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const editFields = stakeholderFields.extend({ version: stakeholderVersion });

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getStakeholder(useCaseContext(event), {
			slug: event.params.slug,
			stakeholderId: event.params.stakeholderId
		});
		if (!view.canEdit) {
			throw forbidden();
		}
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			stakeholder: { id: view.stakeholder.id, name: view.stakeholder.name },
			version: view.stakeholder.version,
			values: formValuesOf(view.stakeholder),
			options: stakeholderFormOptions(view.customCategories)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, editFields, {
			arrayFields: stakeholderListFields
		});
		if (!parsed.ok) {
			return parsed.failure;
		}
		const ctx = useCaseContext(event);
		const address = { slug: event.params.slug, stakeholderId: event.params.stakeholderId };
		try {
			await updateStakeholder(ctx, { ...parsed.data, ...address });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			if (error instanceof AppError && error.messageKey === staleVersionKey) {
				// Someone saved first: show what they saved beside the input kept in the form.
				const latest = await getStakeholder(ctx, address);
				const { version: _mine, ...mine } = parsed.data;
				return fail(409, {
					...failure.data,
					conflict: {
						version: latest.stakeholder.version,
						differences: differences(profileOf(latest.stakeholder), mine, latest.customCategories)
					}
				});
			}
			return failure;
		}
		redirect(
			303,
			localizeHref(`/territories/${address.slug}/ecosystem/${address.stakeholderId}?notice=updated`)
		);
	}
};
