import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { riskFields, riskVersion } from '$lib/server/modules/risks/risk-input';
import { getRiskFormOptions } from '$lib/server/modules/risks/risk-form-options';
import { riskSheetView } from '$lib/server/modules/risks/risk-sheet-view';
import { staleRiskKey } from '$lib/server/modules/risks/risk-target';
import { updateRisk } from '$lib/server/modules/risks/update-risk';
import { AppError } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const editRiskForm = riskFields.extend({ version: riskVersion });

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const locale = contentLocale();
		// The form's choices first: they check that the actor may edit (403 otherwise).
		const options = await getRiskFormOptions(ctx, { slug: event.params.slug, locale });
		const view = await getRisk(ctx, { ...event.params, locale });
		const { risk } = view;
		const text = (value: number | string | null) => (value === null ? '' : String(value));
		return {
			...riskSheetView(view),
			taxonomy: options.taxonomy,
			members: options.members,
			initial: {
				customTitle: text(risk.customTitle),
				macroChallengeId: risk.macroChallengeId,
				description: risk.description,
				likelihood: text(risk.likelihood),
				impact: text(risk.impact),
				ownerId: text(risk.ownerId),
				treatment: text(risk.treatment),
				residualLikelihood: text(risk.residualLikelihood),
				residualImpact: text(risk.residualImpact),
				reviewOn: text(risk.reviewOn)
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, editRiskForm);
		if (!parsed.ok) {
			return parsed.failure;
		}
		const ctx = useCaseContext(event);
		try {
			await updateRisk(ctx, { ...parsed.data, ...event.params });
		} catch (error) {
			const failure = failFromError(error, parsed.values);
			// Only a stale version shows the conflict screen; an accepted risk's refusal is a plain 409.
			if (!(error instanceof AppError) || error.messageKey !== staleRiskKey) {
				return failure;
			}
			// Someone saved meanwhile: show what is there now beside the input kept.
			const current = riskSheetView(
				await getRisk(ctx, { ...event.params, locale: contentLocale() })
			);
			return fail(409, { ...failure.data, conflict: current.risk });
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/risks/${event.params.riskId}?notice=saved`)
		);
	}
};
