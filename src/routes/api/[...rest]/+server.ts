import { errorResponse } from '$lib/server/platform/http/api';
import { translate } from '$lib/server/platform/i18n/messages';
import type { RequestHandler } from './$types';

/** Any API path no endpoint matches: the JSON error body rather than an HTML page. */
export const fallback: RequestHandler = () =>
	errorResponse(404, 'not_found', translate('error_not_found'));
