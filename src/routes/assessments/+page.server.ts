import { assessmentContent } from '$lib/server/modules/diagnose/content';
import { assessmentSummaryView } from '$lib/server/modules/diagnose/assessment-view';
import { contentLocale } from '$lib/server/modules/guide/locale';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const locale = contentLocale();
	return {
		assessments: assessmentContent().map((assessment) => assessmentSummaryView(assessment, locale))
	};
};
