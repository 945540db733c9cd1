import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { planTerritory } from '../roadmap/solution-target';
import { slug } from '../../platform/validation';
import { canPlan, type PlanAction } from '../roadmap/plan-policy';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import type { Standing } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { indicatorsTable } from './schema';

export type IndicatorRow = typeof indicatorsTable.$inferSelect;

export const indicatorAddress = z.object({ slug, indicatorId: z.uuid() });
export type IndicatorAddress = z.infer<typeof indicatorAddress>;

/** What an indicator follows: exactly one solution or one pilot action. */
export type Subject = { kind: 'solution' | 'pilot'; id: string; title: string };

export interface IndicatorTarget {
	territory: TerritoryRow;
	standing: Standing;
	indicator: IndicatorRow;
	canEdit: boolean;
	canDelete: boolean;
}

/** An indicator of the territory, once `action` is allowed; another territory's is 404. */
export async function indicatorTarget(
	ctx: UseCaseContext,
	address: IndicatorAddress,
	action: PlanAction
): Promise<IndicatorTarget> {
	const parsed = indicatorAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const { territory, standing } = await planTerritory(ctx, parsed.data.slug, action);
	const [indicator] = await ctx.db
		.select()
		.from(indicatorsTable)
		.where(
			and(
				eq(indicatorsTable.territoryId, territory.id),
				eq(indicatorsTable.id, parsed.data.indicatorId)
			)
		);
	if (!indicator) {
		throw notFound();
	}
	return {
		territory,
		standing,
		indicator,
		canEdit: canPlan(ctx.actor, 'plan.edit', standing),
		canDelete: canPlan(ctx.actor, 'plan.delete', standing)
	};
}

/**
 * The solution or pilot action of the territory an indicator follows; one of another
 * territory, or an unknown id, is not found.
 */
export async function subjectIn(
	db: DbOrTx,
	territoryId: string,
	ref: { solutionId?: string | null; pilotActionId?: string | null }
): Promise<Subject> {
	const uuid = z.uuid();
	if (ref.solutionId && !ref.pilotActionId && uuid.safeParse(ref.solutionId).success) {
		const [row] = await db
			.select({ id: solutionsTable.id, title: solutionsTable.title })
			.from(solutionsTable)
			.where(
				and(eq(solutionsTable.territoryId, territoryId), eq(solutionsTable.id, ref.solutionId))
			);
		if (row) {
			return { kind: 'solution', ...row };
		}
	}
	if (ref.pilotActionId && !ref.solutionId && uuid.safeParse(ref.pilotActionId).success) {
		const [row] = await db
			.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
			.from(pilotActionsTable)
			.where(
				and(
					eq(pilotActionsTable.territoryId, territoryId),
					eq(pilotActionsTable.id, ref.pilotActionId)
				)
			);
		if (row) {
			return { kind: 'pilot', ...row };
		}
	}
	throw notFound();
}

export const subjectRef = (subject: Subject) =>
	subject.kind === 'solution'
		? { solutionId: subject.id, pilotActionId: null }
		: { solutionId: null, pilotActionId: subject.id };

/** How many indicators already follow this solution or pilot action. */
export async function countForSubject(db: DbOrTx, subject: Subject): Promise<number> {
	const column =
		subject.kind === 'solution' ? indicatorsTable.solutionId : indicatorsTable.pilotActionId;
	const rows = await db
		.select({ id: indicatorsTable.id })
		.from(indicatorsTable)
		.where(eq(column, subject.id));
	return rows.length;
}

/** The guide's advice: one or two good indicators per action. Above this, a warning. */
export const advisedIndicators = 2;
