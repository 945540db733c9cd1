import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
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
import { labelled } from '$lib/server/modules/catalogue/labels';
import {
	indicatorRows,
	replicationDataFromForm,
	replicationPrefillFromQuery
} from '$lib/server/modules/catalogue/replication-form';
import { recommendation } from '$lib/server/modules/catalogue/schema';
import { useCaseContext } from '$lib/server/platform/http/context';
import { formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const ctx = useCaseContext(event);
	const practice = await practiceBySlugOrNotFound(ctx.db, event.params.slug).catch(
		rethrowAsHttpError
	);
	const locale = getLocale();
	return {
		practice: {
			slug: practice.slug,
			title:
				(practice.texts[locale] ?? practice.texts[practice.originalLanguage as 'en'])?.title ??
				practice.slug
		},
		initial: { language: locale, ...replicationPrefillFromQuery(event.url.searchParams) },
		options: { ...formOptions(), recommend: labelled('recommend', recommendation.enumValues) },
		indicatorRows,
		territories: await territoriesToSpeakFor(ctx)
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const values = formValues(await event.request.formData());
		let contribution: ContributionRow;
		try {
			contribution = await createContribution(useCaseContext(event), {
				kind: 'replication',
				practice: event.params.slug,
				contributor: contributorFromForm(values),
				data: replicationDataFromForm(values),
				submit: values.intent === 'submit'
			});
		} catch (error) {
			return contributionFailure(error, values);
		}
		redirect(303, localizeHref(`/contributions/${contribution.id}?notice=${contribution.status}`));
	}
};
