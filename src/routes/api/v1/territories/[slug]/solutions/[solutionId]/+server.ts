import { deleteSolution } from '$lib/server/modules/roadmap/delete-solution';
import { getSolution } from '$lib/server/modules/roadmap/get-solution';
import {
	deleteSolutionEndpoint,
	getSolutionEndpoint,
	updateSolutionEndpoint
} from '$lib/server/modules/roadmap/solution-api-contracts';
import { presentSolutionDetails } from '$lib/server/modules/roadmap/solution-presenters';
import { updateSolution } from '$lib/server/modules/roadmap/update-solution';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getSolutionEndpoint, async ({ params, event }) => {
	const view = await getSolution(useCaseContext(event), params);
	return presentSolutionDetails(
		view.sheet,
		view.ambitions.map((a) => a.id)
	);
});

export const PUT = apiHandler(updateSolutionEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	await updateSolution(ctx, { ...body, ...params });
	const view = await getSolution(ctx, params);
	return presentSolutionDetails(
		view.sheet,
		view.ambitions.map((a) => a.id)
	);
});

export const DELETE = apiHandler(deleteSolutionEndpoint, async ({ params, event }) => {
	await deleteSolution(useCaseContext(event), params);
	return {};
});
