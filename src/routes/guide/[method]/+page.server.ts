import { contentLocale } from '$lib/server/modules/guide/locale';
import { presentMethod } from '$lib/server/modules/guide/presenters';
import { methodOrNotFound } from '$lib/server/modules/guide/step-view';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	try {
		return { method: presentMethod(methodOrNotFound(params.method), contentLocale()) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
