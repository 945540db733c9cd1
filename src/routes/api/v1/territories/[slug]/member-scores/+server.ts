import { listMemberScores } from '$lib/server/modules/diagnose/list-member-scores';
import { memberScoresEndpoint } from '$lib/server/modules/diagnose/sharing-api-contracts';
import { presentMemberScores } from '$lib/server/modules/diagnose/sharing-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(memberScoresEndpoint, async ({ params, query, event }) =>
	presentMemberScores(
		await listMemberScores(useCaseContext(event), {
			slug: params.slug,
			assessmentId: query.assessment
		})
	)
);
