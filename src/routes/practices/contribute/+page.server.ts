import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref, getLocale } from '$lib/paraglide/runtime';
import {
	practiceBySlugOrNotFound,
	type ContributionRow
} from '$lib/server/modules/catalogue/contribution-queries';
import { createContribution } from '$lib/server/modules/catalogue/create-contribution';
import {
	contributionFailure,
	contributorFromForm,
	formOptions,
	territoriesToSpeakFor
} from '$lib/server/modules/catalogue/form-support';
import {
	practiceDataFromForm,
	practiceFormValues
} from '$lib/server/modules/catalogue/practice-form';
import { practiceDraftOf } from '$lib/server/modules/catalogue/practice-record-of';
import { useCaseContext } from '$lib/server/platform/http/context';
import { formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

/** The practice an edit proposal starts from (`?practice=<slug>`), if any. */
async function basePractice(event: RequestEvent) {
	const slug = event.url.searchParams.get('practice');
	return slug
		? practiceBySlugOrNotFound(useCaseContext(event).db, slug).catch(rethrowAsHttpError)
		: null;
}

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const practice = await basePractice(event);
	const textLanguage = practice?.originalLanguage ?? getLocale();
	return {
		editing: practice
			? {
					slug: practice.slug,
					title: practice.texts[practice.originalLanguage as 'en']?.title ?? practice.slug
				}
			: null,
		initial: practice
			? practiceFormValues(practiceDraftOf(practice), textLanguage)
			: { textLanguage },
		options: formOptions(),
		territories: await territoriesToSpeakFor(useCaseContext(event))
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const practice = await basePractice(event);
		const values = formValues(await event.request.formData());
		let contribution: ContributionRow;
		try {
			contribution = await createContribution(useCaseContext(event), {
				kind: 'practice',
				practice: practice?.slug,
				contributor: contributorFromForm(values),
				data: practiceDataFromForm(
					values,
					practice ? { originalLanguage: practice.originalLanguage, texts: practice.texts } : {}
				),
				submit: values.intent === 'submit'
			});
		} catch (error) {
			return contributionFailure(error, values);
		}
		redirect(303, localizeHref(`/contributions/${contribution.id}?notice=${contribution.status}`));
	}
};
