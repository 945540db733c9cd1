import { error } from '@sveltejs/kit';
import { contentLocale } from '$lib/server/modules/guide/locale';
import {
	exportWorksheet,
	exportWorksheetInput
} from '$lib/server/modules/worksheets/export-worksheet';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { translate } from '$lib/server/platform/i18n/messages';
import type { RequestHandler } from './$types';

/** `?format=xlsx|csv`, `&blank=1` for an empty copy to fill in offline. */
export const GET: RequestHandler = async (event) => {
	const parsed = exportWorksheetInput.safeParse({
		slug: event.params.slug,
		methodId: event.params.method,
		exerciseId: event.params.exercise,
		format: event.url.searchParams.get('format') ?? 'xlsx',
		blank: event.url.searchParams.get('blank') === '1'
	});
	if (!parsed.success) {
		error(400, translate('error_validation'));
	}
	try {
		const file = await exportWorksheet(useCaseContext(event), parsed.data, contentLocale());
		return new Response(Buffer.from(file.body), {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.fileName}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
