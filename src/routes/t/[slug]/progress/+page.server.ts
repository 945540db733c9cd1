import { getAccountability } from '$lib/server/modules/indicators/accountability/get-accountability';
import { presentAccountability } from '$lib/server/modules/indicators/accountability/presenters';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

/** Public: anyone may read what the territory chose to publish (404 until it does). */
export const load: PageServerLoad = async (event) => {
	try {
		const view = await getAccountability(useCaseContext(event), {
			slug: event.params.slug,
			locale: contentLocale()
		});
		// The public JSON is exactly what the page shows: one presenter, nothing more.
		return { progress: presentAccountability(view) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
