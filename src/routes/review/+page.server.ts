import { getLocale } from '$lib/paraglide/runtime';
import { contributionRows } from '$lib/server/modules/catalogue/contribution-list-view';
import { listReviewQueue } from '$lib/server/modules/catalogue/list-contributions';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const rows = await listReviewQueue(useCaseContext(event)).catch(rethrowAsHttpError);
	return { rows: contributionRows(rows, getLocale()) };
};
