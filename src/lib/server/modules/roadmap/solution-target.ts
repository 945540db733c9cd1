import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { standingIn, type Standing } from '../territories/policy';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../territories/queries';
import type { MilestoneRow, SolutionRow } from './load-roadmap-plan';
import { assertCanPlan, canPlan, type PlanAction } from './plan-policy';
import { milestonesTable, solutionsTable } from './solution-schema';

export const solutionAddress = z.object({ slug, solutionId: z.uuid() });
export type SolutionAddress = z.infer<typeof solutionAddress>;
export const milestoneAddress = solutionAddress.extend({ milestoneId: z.uuid() });
export type MilestoneAddress = z.infer<typeof milestoneAddress>;

export interface PlanRights {
	canEdit: boolean;
	canDelete: boolean;
	canGovern: boolean;
}

export interface SolutionTarget extends PlanRights {
	territory: TerritoryRow;
	standing: Standing;
	solution: SolutionRow;
}

export function planRights(ctx: UseCaseContext, standing: Standing): PlanRights {
	return {
		canEdit: canPlan(ctx.actor, 'plan.edit', standing),
		canDelete: canPlan(ctx.actor, 'plan.delete', standing),
		canGovern: canPlan(ctx.actor, 'plan.govern', standing)
	};
}

/** The territory of `slug` and the actor's standing there, once `action` is allowed. */
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

/**
 * A solution of a territory, once the actor may `action` it. A solution of another
 * territory is not found, whatever the actor's rights there.
 */
export async function solutionTarget(
	ctx: UseCaseContext,
	address: SolutionAddress,
	action: PlanAction
): Promise<SolutionTarget> {
	const parsed = solutionAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const { territory, standing } = await planTerritory(ctx, parsed.data.slug, action);
	const [solution] = await ctx.db
		.select()
		.from(solutionsTable)
		.where(
			and(
				eq(solutionsTable.territoryId, territory.id),
				eq(solutionsTable.id, parsed.data.solutionId)
			)
		);
	if (!solution) {
		throw notFound();
	}
	return { territory, standing, solution, ...planRights(ctx, standing) };
}

export interface MilestoneTarget extends SolutionTarget {
	milestone: MilestoneRow;
}

/** A milestone of a solution of a territory; any other combination is not found. */
export async function milestoneTarget(
	ctx: UseCaseContext,
	address: MilestoneAddress,
	action: PlanAction
): Promise<MilestoneTarget> {
	const parsed = milestoneAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const target = await solutionTarget(ctx, parsed.data, action);
	const [milestone] = await ctx.db
		.select()
		.from(milestonesTable)
		.where(
			and(
				eq(milestonesTable.solutionId, target.solution.id),
				eq(milestonesTable.id, parsed.data.milestoneId)
			)
		);
	if (!milestone) {
		throw notFound();
	}
	return { ...target, milestone };
}

/** Locks the solution's row and checks nobody saved it since `version` was read (else 409). */
export async function lockSolutionAt(
	tx: DbOrTx,
	solutionId: string,
	version?: number
): Promise<SolutionRow> {
	const [solution] = await tx
		.select()
		.from(solutionsTable)
		.where(eq(solutionsTable.id, solutionId))
		.for('update');
	if (!solution) {
		throw notFound();
	}
	if (version !== undefined && solution.version !== version) {
		throw conflict('plan_error_conflict');
	}
	return solution;
}

/** The same for a milestone. */
export async function lockMilestoneAt(
	tx: DbOrTx,
	milestoneId: string,
	version: number
): Promise<MilestoneRow> {
	const [milestone] = await tx
		.select()
		.from(milestonesTable)
		.where(eq(milestonesTable.id, milestoneId))
		.for('update');
	if (!milestone) {
		throw notFound();
	}
	if (milestone.version !== version) {
		throw conflict('plan_error_milestone_conflict');
	}
	return milestone;
}

/** Today in ISO form, by the use case's clock (UTC). */
export const isoToday = (now: Date): string => now.toISOString().slice(0, 10);
