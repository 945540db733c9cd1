import { freezeBaseline } from '$lib/server/modules/roadmap/freeze-baseline';
import { getSolution } from '$lib/server/modules/roadmap/get-solution';
import { freezeBaselineEndpoint } from '$lib/server/modules/roadmap/solution-api-contracts';
import { presentSolutionDetails } from '$lib/server/modules/roadmap/solution-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(freezeBaselineEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	await freezeBaseline(ctx, { ...body, ...params });
	const view = await getSolution(ctx, params);
	return presentSolutionDetails(
		view.sheet,
		view.ambitions.map((a) => a.id)
	);
});
