import { createMilestone } from '$lib/server/modules/roadmap/create-milestone';
import { getMilestone, getSolution } from '$lib/server/modules/roadmap/get-solution';
import {
	createMilestoneEndpoint,
	listMilestonesEndpoint
} from '$lib/server/modules/roadmap/solution-api-contracts';
import { presentMilestone } from '$lib/server/modules/roadmap/solution-presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listMilestonesEndpoint, async ({ params, event }) => {
	const view = await getSolution(useCaseContext(event), params);
	return { milestones: view.sheet.milestones.map(presentMilestone) };
});

export const POST = apiHandler(createMilestoneEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	const milestone = await createMilestone(ctx, { ...body, ...params });
	return presentMilestone(await getMilestone(ctx, { ...params, milestoneId: milestone.id }));
});
