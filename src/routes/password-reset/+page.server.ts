import {
	requestPasswordReset,
	requestPasswordResetInput
} from '$lib/server/modules/accounts/request-password-reset';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, requestPasswordResetInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await requestPasswordReset(useCaseContext(event), {
				...parsed.data,
				clientAddress: event.getClientAddress(),
				requestOrigin: event.url.origin
			});
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		// The same answer whether or not the email has an account.
		return { sent: true };
	}
};
