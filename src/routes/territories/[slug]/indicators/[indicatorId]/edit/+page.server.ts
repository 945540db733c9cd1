import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import { indicatorFields } from '$lib/server/modules/indicators/indicator-input';
import { differences, formValuesOf } from '$lib/server/modules/indicators/indicator-view';
import {
	indicatorVersion,
	staleIndicatorKey,
	updateIndicator
} from '$lib/server/modules/indicators/update-indicator';
import { AppError, forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const editFields = indicatorFields.extend({ version: indicatorVersion });

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const details = await getIndicator(useCaseContext(event), {
			slug: event.params.slug,
			indicatorId: event.params.indicatorId
		});
		if (!details.canEdit) {
			throw forbidden();
		}
		return {
			territory: { slug: details.territory.slug, name: details.territory.name },
			indicator: { id: details.indicator.id, title: details.indicator.title },
			version: details.indicator.version,
			values: formValuesOf(details.indicator)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, editFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		const ctx = useCaseContext(event);
		const address = { slug: event.params.slug, indicatorId: event.params.indicatorId };
		try {
			await updateIndicator(ctx, { ...parsed.data, ...address });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			if (error instanceof AppError && error.messageKey === staleIndicatorKey) {
				// Someone saved first: show what they saved beside the input kept in the form.
				const latest = await getIndicator(ctx, address);
				return fail(409, {
					...failure.data,
					conflict: {
						version: latest.indicator.version,
						differences: differences(latest.indicator, parsed.values)
					}
				});
			}
			return failure;
		}
		redirect(
			303,
			localizeHref(`/territories/${address.slug}/indicators/${address.indicatorId}?notice=saved`)
		);
	}
};
