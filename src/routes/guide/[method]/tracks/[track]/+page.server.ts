import { error } from '@sveltejs/kit';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { presentMethod } from '$lib/server/modules/guide/presenters';
import { methodOrNotFound } from '$lib/server/modules/guide/step-view';
import { translate } from '$lib/server/platform/i18n/messages';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	let summary;
	try {
		summary = presentMethod(methodOrNotFound(params.method), contentLocale());
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const part = summary.parts.find((candidate) =>
		candidate.tracks.some((t) => t.id === params.track)
	);
	const track = part?.tracks.find((candidate) => candidate.id === params.track);
	if (!track) {
		error(404, translate('error_not_found'));
	}
	return {
		method: {
			id: summary.id,
			title: summary.title,
			notice: summary.notice,
			hasHelp: summary.hasHelp
		},
		part: part?.title ?? null,
		track
	};
};
