import { getAccountabilityEndpoint } from '$lib/server/modules/indicators/accountability/api-contracts';
import { getAccountability } from '$lib/server/modules/indicators/accountability/get-accountability';
import { presentAccountability } from '$lib/server/modules/indicators/accountability/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getAccountabilityEndpoint, async ({ params, query, event }) =>
	presentAccountability(
		await getAccountability(useCaseContext(event), { slug: params.slug, locale: query.lang })
	)
);
