import { contentLocale } from '$lib/server/modules/guide/locale';
import { methodOrNotFound, stepView } from '$lib/server/modules/guide/step-view';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	try {
		const locale = contentLocale();
		const method = methodOrNotFound(params.method);
		return {
			method: { id: method.id, title: method.title[locale], source: method.source[locale] },
			steps: [stepView(method, params.step, locale)]
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
