import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';
import type { UseCaseContext } from '../../../platform/actor';
import { parseInput } from '../../../platform/validation';
import { ganttScales } from './gantt-layout';
import { loadGantt } from './load-gantt';
import { renderGanttSvg } from './render-gantt-svg';
import type { FileAnswer } from './file-api';

export const exportGanttSvgInput = z.object({
	// An address: a malformed slug is not found (planTerritory), not a 400.
	slug: z.string(),
	scale: z.enum(ganttScales).default('quarter'),
	lang: z.enum(locales).default('en'),
	solution: z.uuid().optional()
});
export type ExportGanttSvgInput = z.input<typeof exportGanttSvgInput>;

/** The Gantt chart as a standalone SVG file, for reports (members). */
export async function exportGanttSvg(
	ctx: UseCaseContext,
	input: ExportGanttSvgInput
): Promise<FileAnswer> {
	const options = parseInput(exportGanttSvgInput, input);
	const view = await loadGantt(ctx, options);
	return {
		body: renderGanttSvg(view.layout, options.lang, view.territory.name),
		contentType: 'image/svg+xml; charset=utf-8'
	};
}
