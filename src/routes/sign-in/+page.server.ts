import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { safeRedirectPath } from '$lib/server/modules/accounts/redirect-target';
import { setSessionCookie } from '$lib/server/modules/accounts/session-cookie';
import { signIn, signInInput } from '$lib/server/modules/accounts/sign-in';
import type { SignedIn } from '$lib/server/modules/accounts/sign-up';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import type { Actions, PageServerLoad } from './$types';

const destination = (url: URL): string =>
	safeRedirectPath(url.searchParams.get('redirectTo')) ?? localizeHref('/account');

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user') {
		redirect(303, destination(url));
	}
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, signInInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let signedIn: SignedIn;
		try {
			signedIn = await signIn(useCaseContext(event), {
				...parsed.data,
				clientAddress: event.getClientAddress(),
				userAgent: event.request.headers.get('user-agent'),
				previousSessionId: event.locals.sessionId
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		setSessionCookie(event.cookies, signedIn.session, event.url);
		redirect(303, destination(event.url));
	}
};
