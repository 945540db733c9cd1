import { getLocale } from '$lib/paraglide/runtime';
import { contributionRows } from '$lib/server/modules/catalogue/contribution-list-view';
import { listMyContributions } from '$lib/server/modules/catalogue/list-contributions';
import { isModerator } from '$lib/server/modules/catalogue/policy';
import { useCaseContext } from '$lib/server/platform/http/context';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = signInRequired(event);
	const rows = await listMyContributions(useCaseContext(event));
	return { rows: contributionRows(rows, getLocale()), moderator: isModerator(actor) };
};
