import { assessmentOrNotFound } from '$lib/server/modules/diagnose/content';
import { assessmentView } from '$lib/server/modules/diagnose/assessment-view';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	try {
		return { assessment: assessmentView(assessmentOrNotFound(params.assessment), contentLocale()) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
