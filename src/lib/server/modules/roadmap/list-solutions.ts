import type { UseCaseContext } from '../../platform/actor';
import type { Standing } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { loadRoadmapPlan, type RoadmapPlan } from './load-roadmap-plan';
import { planRights, planTerritory, type PlanRights } from './solution-target';

export interface RoadmapView extends PlanRights {
	territory: TerritoryRow;
	standing: Standing;
	plan: RoadmapPlan;
}

/** A territory's solutions with milestones and progress, for those who may see its roadmap. */
export async function listSolutions(
	ctx: UseCaseContext,
	input: { slug: string }
): Promise<RoadmapView> {
	const { territory, standing } = await planTerritory(ctx, input.slug, 'plan.view');
	return {
		territory,
		standing,
		plan: await loadRoadmapPlan(ctx.db, territory.id),
		...planRights(ctx, standing)
	};
}
