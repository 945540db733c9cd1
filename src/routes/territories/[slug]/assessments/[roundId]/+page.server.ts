import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { closeRound } from '$lib/server/modules/diagnose/close-round';
import { getRound } from '$lib/server/modules/diagnose/get-round';
import { findingsOf } from '$lib/server/modules/diagnose/recommend';
import { saveResponse } from '$lib/server/modules/diagnose/save-response';
import { roundPageView } from '$lib/server/modules/diagnose/round-view';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { canPilot } from '$lib/server/modules/roadmap/policy';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const notices = ['saved', 'closed'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const ctx = useCaseContext(event);
	try {
		const { territory, standing } = await getTerritory(ctx, { slug: event.params.slug });
		const view = await getRound(ctx, { slug: event.params.slug, roundId: event.params.roundId });
		const notice = notices.find((n) => n === event.url.searchParams.get('notice')) ?? null;
		const locale = contentLocale();
		const findings = await findingsOf(ctx.db, view.assessment, view.results, locale);
		return {
			territory: { slug: territory.slug, name: territory.name },
			notice,
			// Weak areas of a closed round lead to scoping a pilot action, for those who may.
			canScopePilot: view.round.status === 'closed' && canPilot(ctx.actor, 'pilot.edit', standing),
			...roundPageView(view, findings, locale)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async (event) => {
		signInRequired(event);
		const data = await event.request.formData();
		const values = formValues(data);
		// Read from the form data itself: `formValues` leaves out fields named like secrets.
		const answers: Record<string, string> = {};
		for (const [question, value] of data.entries()) {
			if (typeof value === 'string') {
				answers[question] = value;
			}
		}
		try {
			await saveResponse(useCaseContext(event), {
				slug: event.params.slug,
				roundId: event.params.roundId,
				answers
			});
		} catch (error) {
			return failFromError(error, values);
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/assessments/${event.params.roundId}?notice=saved`
			)
		);
	},
	close: async (event) => {
		signInRequired(event);
		try {
			await closeRound(useCaseContext(event), {
				slug: event.params.slug,
				roundId: event.params.roundId
			});
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/assessments/${event.params.roundId}?notice=closed`
			)
		);
	}
};
