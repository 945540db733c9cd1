import { exportMeEndpoint } from '$lib/server/modules/accounts/api-contracts';
import { exportAccount } from '$lib/server/modules/accounts/export-account';
import { presentAccountExport } from '$lib/server/modules/accounts/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(exportMeEndpoint, async ({ event }) =>
	presentAccountExport(await exportAccount(useCaseContext(event)))
);
