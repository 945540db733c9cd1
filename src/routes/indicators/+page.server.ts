import { contentLocale } from '$lib/server/modules/guide/locale';
import { libraryView } from '$lib/server/modules/indicators/library';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const locale = contentLocale();
	return { library: await libraryView(locale === 'fr' ? 'fr' : 'en') };
};
