import { redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { contributionPageView } from '$lib/server/modules/catalogue/contribution-view';
import {
	contributionFailure,
	contributorFromForm,
	formOptions,
	territoriesToSpeakFor
} from '$lib/server/modules/catalogue/form-support';
import { labelled } from '$lib/server/modules/catalogue/labels';
import { getContribution } from '$lib/server/modules/catalogue/list-contributions';
import {
	practiceDataFromForm,
	practiceFormValues
} from '$lib/server/modules/catalogue/practice-form';
import {
	indicatorRows,
	replicationDataFromForm,
	replicationFormValues
} from '$lib/server/modules/catalogue/replication-form';
import { reviewContribution } from '$lib/server/modules/catalogue/review-contribution';
import { reviewFromForm } from '$lib/server/modules/catalogue/review-form';
import { recommendation, reviewDecision } from '$lib/server/modules/catalogue/schema';
import { startReview } from '$lib/server/modules/catalogue/start-review';
import { rubricCriteria, type PracticeTextsByLanguage } from '$lib/server/modules/catalogue/types';
import { evidenceLevels, practiceLanguages } from '$lib/server/modules/catalogue/vocabulary';
import { updateContribution } from '$lib/server/modules/catalogue/update-contribution';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const load_ = (event: RequestEvent<{ id: string }>) =>
	getContribution(useCaseContext(event), { id: event.params.id }).catch(rethrowAsHttpError);

export const load: PageServerLoad = async (event) => {
	const actor = signInRequired(event);
	const view = await load_(event);
	const { contribution } = view;
	const data = contribution.data;
	const original = typeof data.originalLanguage === 'string' ? data.originalLanguage : getLocale();
	const asked = event.url.searchParams.get('text') ?? original;
	const textLanguage = (practiceLanguages as readonly string[]).includes(asked) ? asked : original;
	return {
		contribution: contributionPageView(view, actor, getLocale()),
		notice: event.url.searchParams.get('notice'),
		textLanguage,
		initial: {
			...(contribution.kind === 'practice'
				? practiceFormValues(data, textLanguage)
				: replicationFormValues(data)),
			speakingFor: contribution.speakingFor,
			organisationName: contribution.organisationName ?? '',
			territory: view.territory?.slug ?? ''
		},
		options: { ...formOptions(), recommend: labelled('recommend', recommendation.enumValues) },
		indicatorRows,
		territories: await territoriesToSpeakFor(useCaseContext(event)),
		rubric: {
			criteria: labelled('criterion', rubricCriteria),
			decisions: labelled('decision', reviewDecision.enumValues),
			evidenceLevels: labelled('evidence', evidenceLevels)
		}
	};
};

export const actions: Actions = {
	save: async (event) => {
		signInRequired(event);
		const view = await load_(event);
		const values = formValues(await event.request.formData());
		const { contribution } = view;
		const data =
			contribution.kind === 'practice'
				? practiceDataFromForm(values, {
						originalLanguage: contribution.data.originalLanguage as string | undefined,
						texts: contribution.data.texts as PracticeTextsByLanguage | undefined
					})
				: replicationDataFromForm(values);
		try {
			await updateContribution(useCaseContext(event), {
				id: contribution.id,
				baseVersion: Number(values.baseVersion),
				contributor: contributorFromForm(values),
				data,
				submit: values.intent === 'submit'
			});
		} catch (error) {
			return contributionFailure(error, values);
		}
		redirect(
			303,
			localizeHref(
				`/contributions/${contribution.id}?notice=${values.intent === 'submit' ? 'submitted' : 'saved'}`
			)
		);
	},
	startReview: async (event) => {
		signInRequired(event);
		try {
			await startReview(useCaseContext(event), { id: event.params.id });
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, localizeHref(`/contributions/${event.params.id}#review`));
	},
	review: async (event) => {
		signInRequired(event);
		const values = formValues(await event.request.formData());
		try {
			await reviewContribution(
				useCaseContext(event),
				reviewFromForm(values, event.params.id),
				event.url.origin
			);
		} catch (error) {
			return failFromError(error, values);
		}
		redirect(303, localizeHref(`/contributions/${event.params.id}?notice=reviewed`));
	}
};
