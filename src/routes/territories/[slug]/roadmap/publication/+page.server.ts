import { redirect } from '@sveltejs/kit';
import { getProgressPublication } from '$lib/server/modules/indicators/accountability/get-progress-publication';
import {
	progressPublicationFields,
	setProgressPublication
} from '$lib/server/modules/indicators/accountability/set-progress-publication';
import { localizeHref } from '$lib/paraglide/runtime';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const publication = await getProgressPublication(useCaseContext(event), {
			slug: event.params.slug
		});
		return {
			territory: { slug: publication.territory.slug, name: publication.territory.name },
			progressPagePublished: publication.progressPagePublished,
			publishAssessmentLevels: publication.publishAssessmentLevels,
			solutions: publication.solutions,
			indicators: publication.indicators,
			canGovern: publication.canGovern,
			saved: event.url.searchParams.get('notice') === 'saved'
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, progressPublicationFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await setProgressPublication(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/roadmap/publication?notice=saved`)
		);
	}
};
