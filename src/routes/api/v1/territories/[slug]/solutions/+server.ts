import { createSolution } from '$lib/server/modules/roadmap/create-solution';
import { getSolution } from '$lib/server/modules/roadmap/get-solution';
import { listSolutions } from '$lib/server/modules/roadmap/list-solutions';
import {
	createSolutionEndpoint,
	listSolutionsEndpoint
} from '$lib/server/modules/roadmap/solution-api-contracts';
import {
	presentSolutionDetails,
	presentSolutionSummary
} from '$lib/server/modules/roadmap/solution-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listSolutionsEndpoint, async ({ params, event }) => {
	const { plan } = await listSolutions(useCaseContext(event), params);
	return { progress: plan.progress, solutions: plan.solutions.map(presentSolutionSummary) };
});

export const POST = apiHandler(createSolutionEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	const solution = await createSolution(ctx, { ...body, ...params });
	const view = await getSolution(ctx, { slug: params.slug, solutionId: solution.id });
	return presentSolutionDetails(
		view.sheet,
		view.ambitions.map((a) => a.id)
	);
});
