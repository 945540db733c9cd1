import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import {
	changePilotStatus,
	changePilotStatusFields
} from '$lib/server/modules/roadmap/change-pilot-status';
import { getPilotAction } from '$lib/server/modules/roadmap/get-pilot-action';
import { pilotPageView } from '$lib/server/modules/roadmap/pilot-page-view';
import { statusTransitions } from '$lib/server/modules/roadmap/vocabulary';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const notices = ['created', 'saved', 'status'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const locale = contentLocale();
		const view = await getPilotAction(useCaseContext(event), {
			slug: event.params.slug,
			pilotId: event.params.pilotId,
			locale
		});
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			...pilotPageView(view, locale),
			nextStatuses: statusTransitions[view.pilot.status],
			canEdit: view.canEdit,
			canDelete: view.canDelete,
			notice: notices.find((n) => n === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	status: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, changePilotStatusFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await changePilotStatus(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug,
				pilotId: event.params.pilotId
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/pilots/${event.params.pilotId}?notice=status`)
		);
	}
};
