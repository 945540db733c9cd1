import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { deleteSessionCookie } from '$lib/server/modules/accounts/session-cookie';
import { signOut } from '$lib/server/modules/accounts/sign-out';
import { useCaseContext } from '$lib/server/platform/http/context';
import type { Actions } from './$types';

/** Signing out is a POST (the header's button); a GET only shows a button to do it. */
export const actions: Actions = {
	default: async (event) => {
		await signOut(useCaseContext(event), { sessionId: event.locals.sessionId });
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, localizeHref('/'));
	}
};
