import { getAccountability } from '$lib/server/modules/indicators/accountability/get-accountability';
import { accountabilityCsv } from '$lib/server/modules/indicators/accountability/presenters';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { RequestHandler } from './$types';

/** The public progress page as one CSV table. */
export const GET: RequestHandler = async (event) => {
	try {
		const view = await getAccountability(useCaseContext(event), {
			slug: event.params.slug,
			locale: contentLocale()
		});
		return new Response(accountabilityCsv(view), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="progress-${view.territory.slug}.csv"`,
				'cache-control': 'public, max-age=60'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
