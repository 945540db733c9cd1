import { exportMilestones } from '$lib/server/modules/roadmap/gantt/export-milestones';
import { fileApiHandler } from '$lib/server/modules/roadmap/gantt/file-api';
import {
	importMilestonesEndpoint,
	milestonesCsvEndpoint
} from '$lib/server/modules/roadmap/gantt/gantt-api-contracts';
import { importMilestones } from '$lib/server/modules/roadmap/gantt/import-milestones';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = fileApiHandler(milestonesCsvEndpoint, ({ slug, event }) =>
	exportMilestones(useCaseContext(event), { slug, format: 'csv' })
);

export const POST = fileApiHandler(importMilestonesEndpoint, async ({ slug, bytes, event }) => ({
	...(await importMilestones(useCaseContext(event), { slug, bytes }))
}));
