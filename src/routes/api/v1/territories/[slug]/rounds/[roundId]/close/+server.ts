import { closeRoundEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { closeRound } from '$lib/server/modules/diagnose/close-round';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(closeRoundEndpoint, async ({ params, event }) => {
	const results = await closeRound(useCaseContext(event), params);
	return { respondents: results.respondents, overall: results.overall };
});
