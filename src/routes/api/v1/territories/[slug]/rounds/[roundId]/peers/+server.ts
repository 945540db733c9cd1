import { compareWithPeers } from '$lib/server/modules/diagnose/compare-with-peers';
import { roundPeersEndpoint } from '$lib/server/modules/diagnose/sharing-api-contracts';
import { presentPeerComparison } from '$lib/server/modules/diagnose/sharing-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(roundPeersEndpoint, async ({ params, query, event }) =>
	presentPeerComparison(await compareWithPeers(useCaseContext(event), { ...params, ...query }))
);
