import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { replicationPrefill } from '$lib/server/modules/roadmap/replication-prefill';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

/** Nothing to show: the sheet's button posts here, and this sends to the catalogue's form. */
export const load: PageServerLoad = (event) => {
	redirect(
		303,
		localizeHref(`/territories/${event.params.slug}/roadmap/solutions/${event.params.solutionId}`)
	);
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		let prefill;
		try {
			prefill = await replicationPrefill(useCaseContext(event), {
				...event.params,
				locale: contentLocale()
			});
		} catch (caught) {
			rethrowAsHttpError(caught);
		}
		const query = new URLSearchParams(prefill.values);
		redirect(303, localizeHref(`/practices/${prefill.practiceSlug}/replicate?${query}`));
	}
};
