import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { safeRedirectPath } from '$lib/server/modules/accounts/redirect-target';
import { setSessionCookie } from '$lib/server/modules/accounts/session-cookie';
import { type SignedIn, signUp, signUpInput } from '$lib/server/modules/accounts/sign-up';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user') {
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')) ?? localizeHref('/account'));
	}
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, signUpInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let signedIn: SignedIn;
		try {
			signedIn = await signUp(useCaseContext(event), {
				...parsed.data,
				userAgent: event.request.headers.get('user-agent'),
				previousSessionId: event.locals.sessionId
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		setSessionCookie(event.cookies, signedIn.session, event.url);
		// Back where the person came from (an invitation, say); otherwise to the account,
		// in the language the new account chose.
		redirect(
			303,
			safeRedirectPath(event.url.searchParams.get('redirectTo')) ??
				localizeHref('/account?notice=welcome', { locale: signedIn.locale })
		);
	}
};
