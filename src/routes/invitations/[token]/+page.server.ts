import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { acceptInvitation } from '$lib/server/modules/territories/accept-invitation';
import { getInvitation } from '$lib/server/modules/territories/get-invitation';
import type { InvitationView } from '$lib/server/modules/territories/get-invitation';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The token is a secret: keep this page out of caches and history stores.
	event.setHeaders({ 'cache-control': 'no-store' });
	try {
		const invitation = await getInvitation(useCaseContext(event), { token: event.params.token });
		return {
			state: invitation.state,
			role: invitation.role,
			territory: { slug: invitation.territory.slug, name: invitation.territory.name },
			signedIn: event.locals.actor.kind === 'user',
			back: encodeURIComponent(event.url.pathname)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		let accepted: InvitationView;
		try {
			accepted = await acceptInvitation(useCaseContext(event), { token: event.params.token });
		} catch (error) {
			return failFromError(error, {});
		}
		redirect(303, localizeHref(`/territories/${accepted.territory.slug}?notice=joined`));
	}
};
