import { getMilestone } from '$lib/server/modules/roadmap/get-solution';
import { deleteMilestone } from '$lib/server/modules/roadmap/delete-milestone';
import {
	deleteMilestoneEndpoint,
	updateMilestoneEndpoint
} from '$lib/server/modules/roadmap/solution-api-contracts';
import { presentMilestone } from '$lib/server/modules/roadmap/solution-presenters';
import { updateMilestone } from '$lib/server/modules/roadmap/update-milestone';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const PUT = apiHandler(updateMilestoneEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	const milestone = await updateMilestone(ctx, { ...body, ...params });
	return presentMilestone(await getMilestone(ctx, { ...params, milestoneId: milestone.id }));
});

export const DELETE = apiHandler(deleteMilestoneEndpoint, async ({ params, event }) => {
	await deleteMilestone(useCaseContext(event), params);
	return {};
});
