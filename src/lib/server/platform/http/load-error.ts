import { error } from '@sveltejs/kit';
import { AppError } from '../errors';
import { translate } from '../i18n/messages';

/**
 * For page loads: a use case's refusal (AppError) becomes SvelteKit's error page with
 * the same status and a translated message; anything else is rethrown as the bug it is.
 */
export function rethrowAsHttpError(caught: unknown): never {
	if (caught instanceof AppError) {
		error(caught.status, translate(caught.messageKey));
	}
	throw caught;
}
