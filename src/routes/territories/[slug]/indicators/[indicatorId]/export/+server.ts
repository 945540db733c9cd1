import { exportMeasurements } from '$lib/server/modules/indicators/get-indicator';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { RequestHandler } from './$types';

/** The current measurements as the CSV file the import page reads. */
export const GET: RequestHandler = async (event) => {
	try {
		const { filename, csv } = await exportMeasurements(useCaseContext(event), {
			slug: event.params.slug,
			indicatorId: event.params.indicatorId
		});
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
