import { error } from '@sveltejs/kit';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { helpHtml } from '$lib/server/modules/guide/presenters';
import { methodOrNotFound } from '$lib/server/modules/guide/step-view';
import { translate } from '$lib/server/platform/i18n/messages';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = contentLocale();
	let method;
	try {
		method = methodOrNotFound(params.method);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const html = helpHtml(method, locale);
	if (html === null) {
		error(404, translate('error_not_found'));
	}
	return { method: { id: method.id, title: method.title[locale] }, html };
};
