import { and, asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { usersTable } from '../accounts/schema';
import { practiceSearchTable } from '../catalogue/schema';
import { membershipsTable } from '../territories/schema';
import { governanceAreasTable } from './governance-schema';
import { loadRoadmapPlan, type PlanMilestone, type PlanSolution } from './load-roadmap-plan';
import { pilotActionsTable } from './schema';
import { ambitionsTable, solutionAmbitionsTable } from './solution-schema';
import { solutionTarget, type SolutionAddress, type SolutionTarget } from './solution-target';

export interface Named {
	id: string;
	title: string;
}

export interface SolutionView extends SolutionTarget {
	sheet: PlanSolution;
	ambitions: (Named & { code: string })[];
	area: Named | null;
	pilot: Named | null;
	practice: { id: string; slug: string; title: string } | null;
	/** Titles of every milestone of the territory, to name dependencies across solutions. */
	milestoneTitles: Map<string, string>;
}

/** The practice's title in the reader's language (or its original one, as search keeps it). */
export async function practiceTitle(
	db: DbOrTx,
	practiceId: string,
	locale: string
): Promise<{ id: string; slug: string; title: string } | null> {
	const [row] = await db
		.select({ slug: practiceSearchTable.slug, title: practiceSearchTable.title })
		.from(practiceSearchTable)
		.where(
			and(
				eq(practiceSearchTable.practiceId, practiceId),
				eq(practiceSearchTable.readerLanguage, locale)
			)
		);
	return row ? { id: practiceId, ...row } : null;
}

/** A solution sheet with its milestones, progress and what it links to (plan.view). */
export async function getSolution(
	ctx: UseCaseContext,
	input: SolutionAddress & { locale?: string }
): Promise<SolutionView> {
	const target = await solutionTarget(ctx, input, 'plan.view');
	const { solution } = target;
	const plan = await loadRoadmapPlan(ctx.db, target.territory.id);
	const sheet = plan.solutions.find((s) => s.id === solution.id);
	if (!sheet) {
		throw new Error('The solution vanished between two reads.');
	}
	const ambitions = await ctx.db
		.select({ id: ambitionsTable.id, code: ambitionsTable.code, title: ambitionsTable.title })
		.from(solutionAmbitionsTable)
		.innerJoin(ambitionsTable, eq(ambitionsTable.id, solutionAmbitionsTable.ambitionId))
		.where(eq(solutionAmbitionsTable.solutionId, solution.id))
		.orderBy(asc(ambitionsTable.position), asc(ambitionsTable.code));
	const [area] = solution.thematicAreaId
		? await ctx.db
				.select({ id: governanceAreasTable.id, title: governanceAreasTable.title })
				.from(governanceAreasTable)
				.where(eq(governanceAreasTable.id, solution.thematicAreaId))
		: [];
	const [pilot] = solution.pilotActionId
		? await ctx.db
				.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
				.from(pilotActionsTable)
				.where(eq(pilotActionsTable.id, solution.pilotActionId))
		: [];
	return {
		...target,
		sheet,
		ambitions,
		area: area ?? null,
		pilot: pilot ?? null,
		milestoneTitles: new Map(
			plan.solutions.flatMap((s) => s.milestones.map((m) => [m.id, m.title] as const))
		),
		practice: solution.practiceId
			? await practiceTitle(ctx.db, solution.practiceId, input.locale ?? 'en')
			: null
	};
}

export interface MemberChoice {
	id: string;
	name: string;
}

/** The territory's members, for choosing who is responsible. */
export async function territoryMembers(db: DbOrTx, territoryId: string): Promise<MemberChoice[]> {
	return db
		.select({ id: usersTable.id, name: usersTable.displayName })
		.from(membershipsTable)
		.innerJoin(usersTable, eq(usersTable.id, membershipsTable.userId))
		.where(eq(membershipsTable.territoryId, territoryId))
		.orderBy(asc(usersTable.displayName));
}

export type { PlanMilestone };

/** A milestone as the roadmap loader reads it (responsible's name, dependencies). */
export async function getMilestone(
	ctx: UseCaseContext,
	address: SolutionAddress & { milestoneId: string }
): Promise<PlanMilestone> {
	const view = await getSolution(ctx, address);
	const milestone = view.sheet.milestones.find((m) => m.id === address.milestoneId);
	if (!milestone) {
		throw notFound();
	}
	return milestone;
}
