import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { UserActor } from '../actor';

/**
 * For pages that need an account: an anonymous visitor is sent to sign in, and brought back here
 * afterwards (the path keeps its language prefix, e.g. /fr/account).
 */
export function signInRequired(event: { locals: App.Locals; url: URL }): UserActor {
	if (event.locals.actor.kind !== 'user') {
		const back = encodeURIComponent(event.url.pathname + event.url.search);
		redirect(303, localizeHref(`/sign-in?redirectTo=${back}`));
	}
	return event.locals.actor;
}
