import type { UseCaseContext } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { slug } from '../../../platform/validation';
import { standingIn, type Standing } from '../../territories/policy';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../../territories/queries';
import { assertCanPlan, type PlanAction } from '../plan-policy';

/** The territory of `slug` and the actor's standing there, once `action` on its plan is allowed. */
export async function planTerritory(
	ctx: UseCaseContext,
	territorySlug: string,
	action: PlanAction
): Promise<{ territory: TerritoryRow; standing: Standing }> {
	if (!slug.safeParse(territorySlug).success) {
		throw notFound();
	}
	const territory = await territoryBySlugOrNotFound(ctx.db, territorySlug);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanPlan(ctx.actor, action, standing);
	return { territory, standing };
}

/** Today's date in UTC, as the chart and the date rules compare it. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
