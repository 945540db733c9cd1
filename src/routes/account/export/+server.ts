import { exportAccount } from '$lib/server/modules/accounts/export-account';
import { presentAccountExport } from '$lib/server/modules/accounts/presenters';
import { useCaseContext } from '$lib/server/platform/http/context';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { RequestHandler } from './$types';

/** The GDPR export as a file download (the API serves the same at /api/v1/me/export). */
export const GET: RequestHandler = async (event) => {
	signInRequired(event);
	const data = presentAccountExport(await exportAccount(useCaseContext(event)));
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="territoria-account-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
