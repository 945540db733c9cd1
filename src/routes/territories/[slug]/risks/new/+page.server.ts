import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { createRisk } from '$lib/server/modules/risks/create-risk';
import { riskFields } from '$lib/server/modules/risks/risk-input';
import { getRiskFormOptions } from '$lib/server/modules/risks/risk-form-options';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const newRiskForm = riskFields.extend({ taxonomyRiskId: z.string().max(80).default('') });

/** The subject named in the address (`?solution=` or `?pilot=`), checked by the use cases. */
const subjectOf = (event: RequestEvent) => ({
	solutionId: event.url.searchParams.get('solution'),
	pilotActionId: event.url.searchParams.get('pilot')
});

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const options = await getRiskFormOptions(useCaseContext(event), {
			slug: event.params.slug,
			locale: contentLocale(),
			forNewRisk: true,
			...subjectOf(event)
		});
		return {
			territory: { slug: options.territory.slug, name: options.territory.name },
			subject: options.subject,
			taxonomy: options.taxonomy,
			members: options.members
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, newRiskForm);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let riskId: string;
		try {
			const risk = await createRisk(useCaseContext(event), {
				...parsed.data,
				...subjectOf(event),
				slug: event.params.slug
			});
			riskId = risk.id;
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/risks/${riskId}?notice=saved`));
	}
};
