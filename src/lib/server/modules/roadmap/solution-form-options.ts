import { and, asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { practiceSearchTable } from '../catalogue/schema';
import type { TerritoryRow } from '../territories/queries';
import { governanceAreasTable } from './governance-schema';
import { territoryMembers, type MemberChoice, type Named } from './get-solution';
import { pilotActionsTable } from './schema';
import { ambitionsTable } from './solution-schema';
import { planTerritory } from './solution-target';

export interface SolutionFormOptions {
	territory: TerritoryRow;
	ambitions: (Named & { code: string })[];
	areas: Named[];
	pilots: Named[];
	members: MemberChoice[];
}

/** What the solution sheet's form offers to choose from; only for those who may edit. */
export async function getSolutionFormOptions(
	ctx: UseCaseContext,
	input: { slug: string }
): Promise<SolutionFormOptions> {
	const { territory } = await planTerritory(ctx, input.slug, 'plan.edit');
	const ambitions = await ctx.db
		.select({ id: ambitionsTable.id, code: ambitionsTable.code, title: ambitionsTable.title })
		.from(ambitionsTable)
		.where(eq(ambitionsTable.territoryId, territory.id))
		.orderBy(asc(ambitionsTable.position), asc(ambitionsTable.code));
	const areas = await ctx.db
		.select({ id: governanceAreasTable.id, title: governanceAreasTable.title })
		.from(governanceAreasTable)
		.where(eq(governanceAreasTable.territoryId, territory.id))
		.orderBy(asc(governanceAreasTable.position), asc(governanceAreasTable.title));
	const pilots = await ctx.db
		.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
		.from(pilotActionsTable)
		.where(eq(pilotActionsTable.territoryId, territory.id))
		.orderBy(asc(pilotActionsTable.title));
	return {
		territory,
		ambitions,
		areas,
		pilots,
		members: await territoryMembers(ctx.db, territory.id)
	};
}

/** Form values a new solution starts from, when it grows out of a pilot action or a practice. */
export async function solutionPrefill(
	ctx: UseCaseContext,
	territory: TerritoryRow,
	from: { pilot?: string | null; practice?: string | null; locale: string }
): Promise<{ values: Record<string, string>; practiceTitle: string | null }> {
	const uuidLike = /^[0-9a-f-]{36}$/i;
	if (from.pilot && uuidLike.test(from.pilot)) {
		const [pilot] = await ctx.db
			.select()
			.from(pilotActionsTable)
			.where(
				and(eq(pilotActionsTable.territoryId, territory.id), eq(pilotActionsTable.id, from.pilot))
			);
		if (pilot) {
			return {
				values: {
					title: pilot.title,
					description: pilot.summary,
					// What the pilot needs to scale up is what the solution will need.
					supportNeeded: pilot.scalingConditions,
					pilotActionId: pilot.id
				},
				practiceTitle: null
			};
		}
	}
	if (from.practice) {
		const [practice] = await ctx.db
			.select({
				id: practiceSearchTable.practiceId,
				title: practiceSearchTable.title,
				summary: practiceSearchTable.summary
			})
			.from(practiceSearchTable)
			.where(
				and(
					eq(practiceSearchTable.slug, from.practice),
					eq(practiceSearchTable.readerLanguage, from.locale)
				)
			);
		if (practice) {
			return {
				values: {
					title: practice.title,
					description: practice.summary,
					practiceId: practice.id,
					stage: 'ambition'
				},
				practiceTitle: practice.title
			};
		}
	}
	return { values: {}, practiceTitle: null };
}
