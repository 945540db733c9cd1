import { getLocale } from '$lib/paraglide/runtime';
import { exportGanttSvg } from '$lib/server/modules/roadmap/gantt/export-gantt-svg';
import { fileResponse } from '$lib/server/modules/roadmap/gantt/file-api';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { RequestHandler } from './$types';

/** The chart as an SVG image for the signed-in reader; bad options fall back to defaults. */
export const GET: RequestHandler = async (event) => {
	const query = event.url.searchParams;
	const scale = query.get('scale');
	const lang = query.get('lang');
	try {
		const file = await exportGanttSvg(useCaseContext(event), {
			slug: event.params.slug,
			scale: scale === 'month' || scale === 'year' ? scale : 'quarter',
			lang: lang === 'en' || lang === 'fr' ? lang : getLocale(),
			solution: query.get('solution') || undefined
		});
		return fileResponse(file);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
