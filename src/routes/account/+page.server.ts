import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { changePassword, changePasswordForm } from '$lib/server/modules/accounts/change-password';
import { deleteAccount, deleteAccountInput } from '$lib/server/modules/accounts/delete-account';
import { getAccountOverview } from '$lib/server/modules/accounts/get-account-overview';
import { presentProfile } from '$lib/server/modules/accounts/presenters';
import { deleteSessionCookie } from '$lib/server/modules/accounts/session-cookie';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

/** Messages that a redirect to this page may ask for (`?notice=…`); anything else is ignored. */
const notices = ['welcome', 'password-reset'] as const;
type Notice = (typeof notices)[number];
const isNotice = (value: string | null): value is Notice =>
	notices.some((notice) => notice === value);

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const overview = await getAccountOverview(useCaseContext(event));
	const notice = event.url.searchParams.get('notice');
	return {
		profile: presentProfile(overview.profile),
		soleOwnedTerritories: overview.soleOwnedTerritories,
		notice: isNotice(notice) ? notice : null
	};
};

export const actions: Actions = {
	changePassword: async (event) => {
		const parsed = await parseForm(event.request, changePasswordForm);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await changePassword(useCaseContext(event), {
				...parsed.data,
				keepSessionId: event.locals.sessionId
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		return { passwordChanged: true };
	},
	deleteAccount: async (event) => {
		const parsed = await parseForm(event.request, deleteAccountInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await deleteAccount(useCaseContext(event), parsed.data);
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, localizeHref('/account/deleted'));
	}
};
