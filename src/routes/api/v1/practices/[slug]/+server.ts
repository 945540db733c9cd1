import { getPracticeEndpoint } from '$lib/server/modules/catalogue/api-contracts';
import { presentPracticeDetails } from '$lib/server/modules/catalogue/api-presenters';
import { getPractice } from '$lib/server/modules/catalogue/get-practice';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getPracticeEndpoint, async ({ params, query, event }) =>
	presentPracticeDetails(
		await getPractice(useCaseContext(event), { slug: params.slug, lang: query.lang })
	)
);
