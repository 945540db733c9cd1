import { z } from 'zod';
import { clock, type UseCaseContext } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { parseInput } from '../../../platform/validation';
import { canPlan } from '../plan-policy';
import { loadRoadmapPlan } from '../load-roadmap-plan';
import { ganttScales, layoutGantt, type GanttLayout } from './gantt-layout';
import { planTerritory } from '../solution-target';
import { isoDay } from './gantt-target';

export const loadGanttInput = z.object({
	// An address: a malformed slug is not found (planTerritory), not a 400.
	slug: z.string(),
	scale: z.enum(ganttScales).default('quarter'),
	solution: z.uuid().optional()
});
export type LoadGanttInput = z.input<typeof loadGanttInput>;

export interface GanttView {
	territory: { slug: string; name: string };
	/** Every solution of the roadmap, for the filter. */
	solutions: { id: string; title: string }[];
	milestoneCount: number;
	layout: GanttLayout;
	canImport: boolean;
}

/**
 * The Gantt chart of a territory's roadmap (members): its layout for one scale, for every
 * solution or only one. A solution that is not the territory's is not found.
 */
export async function loadGantt(ctx: UseCaseContext, input: LoadGanttInput): Promise<GanttView> {
	const options = parseInput(loadGanttInput, input);
	const { territory, standing } = await planTerritory(ctx, options.slug, 'plan.view');
	const plan = await loadRoadmapPlan(ctx.db, territory.id);
	const shown = options.solution
		? plan.solutions.filter((solution) => solution.id === options.solution)
		: plan.solutions;
	if (options.solution && shown.length === 0) {
		throw notFound();
	}
	return {
		territory: { slug: territory.slug, name: territory.name },
		solutions: plan.solutions.map(({ id, title }) => ({ id, title })),
		milestoneCount: shown.reduce((sum, solution) => sum + solution.milestones.length, 0),
		layout: layoutGantt({ solutions: shown, scale: options.scale, today: isoDay(clock(ctx)) }),
		canImport: canPlan(ctx.actor, 'plan.edit', standing)
	};
}
