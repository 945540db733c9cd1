import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { checkPasswordResetToken } from '$lib/server/modules/accounts/check-password-reset-token';
import { resetPassword, resetPasswordInput } from '$lib/server/modules/accounts/reset-password';
import { setSessionCookie } from '$lib/server/modules/accounts/session-cookie';
import type { SignedIn } from '$lib/server/modules/accounts/sign-up';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The URL holds a secret: keep the page out of shared caches and the back-forward cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	return {
		usable: await checkPasswordResetToken(useCaseContext(event), { token: event.params.token })
	};
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, resetPasswordInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let signedIn: SignedIn;
		try {
			signedIn = await resetPassword(useCaseContext(event), {
				...parsed.data,
				token: event.params.token,
				userAgent: event.request.headers.get('user-agent')
			});
		} catch (error) {
			// A spent or expired link fails here; the page's load then shows why.
			return failFromError(error, parsed.values);
		}
		setSessionCookie(event.cookies, signedIn.session, event.url);
		redirect(303, localizeHref('/account?notice=password-reset', { locale: signedIn.locale }));
	}
};
