import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { acceptRisk } from '$lib/server/modules/risks/accept-risk';
import { addRiskAction, riskActionFields } from '$lib/server/modules/risks/add-risk-action';
import { changeRiskState } from '$lib/server/modules/risks/change-risk-state';
import { completeRiskAction } from '$lib/server/modules/risks/complete-risk-action';
import { deleteRiskAction } from '$lib/server/modules/risks/delete-risk-action';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { riskVersion } from '$lib/server/modules/risks/risk-input';
import { riskSheetView } from '$lib/server/modules/risks/risk-sheet-view';
import { revokeAcceptance } from '$lib/server/modules/risks/revoke-acceptance';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm, type FormFailure } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const notices = ['saved', 'accepted', 'revoked', 'action', 'state'] as const;
type Notice = (typeof notices)[number];
/** Which of the page's forms failed, so its message shows beside it. */
type Which = 'action' | 'done' | 'state' | 'decision';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getRisk(useCaseContext(event), {
			slug: event.params.slug,
			riskId: event.params.riskId,
			locale: contentLocale()
		});
		return {
			...riskSheetView(view),
			notice: notices.find((n) => n === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const decisionForm = z.object({
	rationale: z.string().max(4_000).default(''),
	version: riskVersion
});
const stateForm = z.object({ event: z.string().max(20), version: riskVersion });
const doneForm = z.object({ actionId: z.string().max(40), doneOn: z.string().max(20).default('') });
const actionIdForm = z.object({ actionId: z.string().max(40) });

/**
 * Runs one of the sheet's forms: parse, call the use case, then back to the sheet with a
 * notice; a failure keeps the input and says which form it belongs to.
 */
async function sheetAction<S extends z.ZodType>(
	event: RequestEvent,
	which: Which,
	schema: S,
	run: (data: z.output<S>, address: { slug: string; riskId: string }) => Promise<unknown>,
	notice: Notice
): Promise<ActionFailure<FormFailure & { which: Which }>> {
	signInRequired(event);
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) {
		return fail(400, { ...parsed.failure.data, which });
	}
	try {
		await run(parsed.data, { slug: event.params.slug, riskId: event.params.riskId });
	} catch (error) {
		const failure = failFromError(error, parsed.values);
		// A decision's missing parts are fields of the sheet, not of this form: the message names them.
		const errors = which === 'decision' ? {} : failure.data.errors;
		return fail(failure.status, { ...failure.data, errors, which });
	}
	redirect(
		303,
		localizeHref(`/territories/${event.params.slug}/risks/${event.params.riskId}?notice=${notice}`)
	);
}

export const actions: Actions = {
	addAction: (event) =>
		sheetAction(
			event,
			'action',
			riskActionFields,
			(data, address) => addRiskAction(useCaseContext(event), { ...data, ...address }),
			'action'
		),
	completeAction: (event) =>
		sheetAction(
			event,
			'done',
			doneForm,
			(data, address) => completeRiskAction(useCaseContext(event), { ...data, ...address }),
			'action'
		),
	deleteAction: (event) =>
		sheetAction(
			event,
			'done',
			actionIdForm,
			(data, address) => deleteRiskAction(useCaseContext(event), { ...data, ...address }),
			'action'
		),
	state: (event) =>
		sheetAction(
			event,
			'state',
			stateForm,
			(data, address) =>
				changeRiskState(useCaseContext(event), {
					...address,
					version: data.version,
					event: data.event as 'close' | 'reopen'
				}),
			'state'
		),
	accept: (event) =>
		sheetAction(
			event,
			'decision',
			decisionForm,
			(data, address) => acceptRisk(useCaseContext(event), { ...data, ...address }),
			'accepted'
		),
	revoke: (event) =>
		sheetAction(
			event,
			'decision',
			decisionForm,
			(data, address) => revokeAcceptance(useCaseContext(event), { ...data, ...address }),
			'revoked'
		)
};
