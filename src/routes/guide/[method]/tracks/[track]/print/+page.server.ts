import { error } from '@sveltejs/kit';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { methodOrNotFound, stepView } from '$lib/server/modules/guide/step-view';
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
	const track = method.tracks.find((candidate) => candidate.id === params.track);
	if (!track) {
		error(404, translate('error_not_found'));
	}
	return {
		method: { id: method.id, source: method.source[locale] },
		track: { id: track.id, title: track.title[locale] },
		steps: track.steps.map((step) => stepView(method, step.id, locale))
	};
};
