import { openMemberRounds } from '$lib/server/modules/diagnose/open-member-rounds';
import { openMemberRoundsEndpoint } from '$lib/server/modules/diagnose/sharing-api-contracts';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(openMemberRoundsEndpoint, async ({ params, body, event }) =>
	openMemberRounds(useCaseContext(event), { ...body, slug: params.slug })
);
