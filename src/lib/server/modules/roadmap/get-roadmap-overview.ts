import { and, asc, count, eq, gte } from 'drizzle-orm';
import { clock, type UseCaseContext } from '../../platform/actor';
import type { AmbitionRow } from './save-ambition';
import type { RoadmapRow } from './save-roadmap-vision';
import { listSolutions, type RoadmapView } from './list-solutions';
import {
	committeeMeetingsTable,
	committeeMembersTable,
	governanceAreasTable
} from './governance-schema';
import { ambitionsTable, roadmapsTable } from './solution-schema';
import { isoToday } from './solution-target';

export interface RoadmapOverview extends RoadmapView {
	roadmap: RoadmapRow | null;
	ambitions: AmbitionRow[];
	governance: { areas: number; seats: number; nextMeeting: string | null };
}

/** The roadmap page: vision, ambitions, solutions with progress, governance in figures. */
export async function getRoadmapOverview(
	ctx: UseCaseContext,
	input: { slug: string }
): Promise<RoadmapOverview> {
	const view = await listSolutions(ctx, input);
	const territoryId = view.territory.id;
	const [roadmap] = await ctx.db
		.select()
		.from(roadmapsTable)
		.where(eq(roadmapsTable.territoryId, territoryId));
	const ambitions = await ctx.db
		.select()
		.from(ambitionsTable)
		.where(eq(ambitionsTable.territoryId, territoryId))
		.orderBy(asc(ambitionsTable.position), asc(ambitionsTable.code));
	const [areas] = await ctx.db
		.select({ n: count() })
		.from(governanceAreasTable)
		.where(eq(governanceAreasTable.territoryId, territoryId));
	const [seats] = await ctx.db
		.select({ n: count() })
		.from(committeeMembersTable)
		.where(eq(committeeMembersTable.territoryId, territoryId));
	const [next] = await ctx.db
		.select({ meetsOn: committeeMeetingsTable.meetsOn })
		.from(committeeMeetingsTable)
		.where(
			and(
				eq(committeeMeetingsTable.territoryId, territoryId),
				gte(committeeMeetingsTable.meetsOn, isoToday(clock(ctx)))
			)
		)
		.orderBy(asc(committeeMeetingsTable.meetsOn))
		.limit(1);
	return {
		...view,
		roadmap: roadmap ?? null,
		ambitions,
		governance: {
			areas: areas?.n ?? 0,
			seats: seats?.n ?? 0,
			nextMeeting: next?.meetsOn ?? null
		}
	};
}
