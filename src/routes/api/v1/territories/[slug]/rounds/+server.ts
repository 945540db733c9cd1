import { listRoundsEndpoint, openRoundEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { listRounds } from '$lib/server/modules/diagnose/get-round';
import { openRound } from '$lib/server/modules/diagnose/open-round';
import { presentRoundSummary } from '$lib/server/modules/diagnose/round-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listRoundsEndpoint, async ({ params, event }) => {
	const { rounds } = await listRounds(useCaseContext(event), params.slug);
	return { rounds: rounds.map(({ round, responses }) => presentRoundSummary(round, responses)) };
});

export const POST = apiHandler(openRoundEndpoint, async ({ params, body, event }) =>
	presentRoundSummary(await openRound(useCaseContext(event), { ...body, slug: params.slug }), 0)
);
