import { exportStakeholders } from '$lib/server/modules/ecosystem/export-stakeholders';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { RequestHandler } from './$types';

/** The register as the CSV file the import page reads. */
export const GET: RequestHandler = async (event) => {
	try {
		const file = await exportStakeholders(useCaseContext(event), { slug: event.params.slug });
		return new Response(file.body, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${file.fileName}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
