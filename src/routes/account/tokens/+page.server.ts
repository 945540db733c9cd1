import {
	apiTokenExpiryDays,
	createApiToken,
	createApiTokenInput
} from '$lib/server/modules/accounts/create-api-token';
import { listApiTokens } from '$lib/server/modules/accounts/list-api-tokens';
import { presentApiToken } from '$lib/server/modules/accounts/presenters';
import { revokeApiToken, revokeApiTokenInput } from '$lib/server/modules/accounts/revoke-api-token';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const tokens = await listApiTokens(useCaseContext(event));
	const now = new Date();
	return {
		tokens: tokens.map((token) => presentApiToken(token, now)),
		expiryDays: [...apiTokenExpiryDays]
	};
};

export const actions: Actions = {
	create: async (event) => {
		const parsed = await parseForm(event.request, createApiTokenInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			const created = await createApiToken(useCaseContext(event), parsed.data);
			// Shown once, in this response only; the page cannot show it again.
			return { created: { token: created.token, name: created.apiToken.name } };
		} catch (error) {
			return failFromError(error, parsed.values);
		}
	},
	revoke: async (event) => {
		const parsed = await parseForm(event.request, revokeApiTokenInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			const revoked = await revokeApiToken(useCaseContext(event), parsed.data);
			return { revoked: { name: revoked.name } };
		} catch (error) {
			return failFromError(error, parsed.values);
		}
	}
};
