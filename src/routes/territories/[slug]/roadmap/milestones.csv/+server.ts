import { getLocale } from '$lib/paraglide/runtime';
import { exportMilestones } from '$lib/server/modules/roadmap/gantt/export-milestones';
import { fileResponse } from '$lib/server/modules/roadmap/gantt/file-api';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { RequestHandler } from './$types';

/** The milestones as a file, in the reader's language, for the signed-in reader. */
export const GET: RequestHandler = async (event) => {
	try {
		return fileResponse(
			await exportMilestones(useCaseContext(event), {
				slug: event.params.slug,
				format: 'csv',
				lang: getLocale()
			})
		);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
