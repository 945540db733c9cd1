import { getScoreSharing } from '$lib/server/modules/diagnose/get-score-sharing';
import { setScoreSharing } from '$lib/server/modules/diagnose/set-score-sharing';
import {
	getScoreSharingEndpoint,
	setScoreSharingEndpoint
} from '$lib/server/modules/diagnose/sharing-api-contracts';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getScoreSharingEndpoint, async ({ params, event }) => {
	const { peers, withParent } = await getScoreSharing(useCaseContext(event), params.slug);
	return { peers, withParent };
});

export const PUT = apiHandler(setScoreSharingEndpoint, async ({ params, body, event }) =>
	setScoreSharing(useCaseContext(event), { ...body, slug: params.slug })
);
