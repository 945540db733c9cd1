import { exportMilestones } from '$lib/server/modules/roadmap/gantt/export-milestones';
import { fileApiHandler } from '$lib/server/modules/roadmap/gantt/file-api';
import { milestonesIcsEndpoint } from '$lib/server/modules/roadmap/gantt/gantt-api-contracts';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = fileApiHandler(milestonesIcsEndpoint, ({ slug, query, event }) =>
	exportMilestones(useCaseContext(event), { slug, format: 'ics', lang: query.lang })
);
