import { exportGanttSvg } from '$lib/server/modules/roadmap/gantt/export-gantt-svg';
import { fileApiHandler } from '$lib/server/modules/roadmap/gantt/file-api';
import { ganttSvgEndpoint } from '$lib/server/modules/roadmap/gantt/gantt-api-contracts';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = fileApiHandler(ganttSvgEndpoint, ({ slug, query, event }) =>
	exportGanttSvg(useCaseContext(event), { slug, ...query })
);
