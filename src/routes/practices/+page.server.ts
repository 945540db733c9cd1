import { getLocale } from '$lib/paraglide/runtime';
import { searchPractices } from '$lib/server/modules/catalogue/search-practices';
import { searchPracticesInput } from '$lib/server/modules/catalogue/search-input';
import { searchView } from '$lib/server/modules/catalogue/search-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { queryObject } from '$lib/server/platform/http/query';
import { translateIssue } from '$lib/server/platform/i18n/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const lang = getLocale();
	const parsed = searchPracticesInput.safeParse({
		...queryObject(event.url.searchParams),
		lang
	});
	if (!parsed.success) {
		// Shown above an unfiltered listing, so a bad link still leads somewhere useful.
		const issue = parsed.error.issues[0];
		const fallback = await searchPractices(useCaseContext(event), { lang });
		return { view: searchView(fallback), error: issue ? translateIssue(issue) : null };
	}
	const result = await searchPractices(useCaseContext(event), parsed.data);
	return { view: searchView(result), error: null };
};
