import { guideContent } from '$lib/server/modules/guide/content';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { presentMethod } from '$lib/server/modules/guide/presenters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const locale = contentLocale();
	return { methods: guideContent().methods.map((method) => presentMethod(method, locale)) };
};
