import { asc, desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { usersTable } from '../accounts/schema';
import type { TerritoryRow } from '../territories/queries';
import { territoryMembers, type MemberChoice } from './get-solution';
import {
	committeeMeetingsTable,
	committeeMembersTable,
	governanceAreasTable
} from './governance-schema';
import { planRights, planTerritory, type PlanRights } from './solution-target';

export interface GovernanceView extends PlanRights {
	territory: TerritoryRow;
	areas: {
		id: string;
		title: string;
		responsibleId: string | null;
		responsibleName: string | null;
	}[];
	seats: {
		id: string;
		userId: string | null;
		name: string;
		organisation: string;
		represents: string;
	}[];
	meetings: { id: string; meetsOn: string; agenda: string; minutes: string }[];
	members: MemberChoice[];
}

/** The roadmap's governance: thematic areas and their responsible members, the committee. */
export async function getGovernance(
	ctx: UseCaseContext,
	input: { slug: string }
): Promise<GovernanceView> {
	const { territory, standing } = await planTerritory(ctx, input.slug, 'plan.view');
	const areas = await ctx.db
		.select({
			id: governanceAreasTable.id,
			title: governanceAreasTable.title,
			responsibleId: governanceAreasTable.responsibleId,
			responsibleName: usersTable.displayName
		})
		.from(governanceAreasTable)
		.leftJoin(usersTable, eq(usersTable.id, governanceAreasTable.responsibleId))
		.where(eq(governanceAreasTable.territoryId, territory.id))
		.orderBy(asc(governanceAreasTable.position), asc(governanceAreasTable.title));
	const seats = await ctx.db
		.select({
			id: committeeMembersTable.id,
			userId: committeeMembersTable.userId,
			userName: usersTable.displayName,
			externalName: committeeMembersTable.externalName,
			organisation: committeeMembersTable.organisation,
			represents: committeeMembersTable.represents
		})
		.from(committeeMembersTable)
		.leftJoin(usersTable, eq(usersTable.id, committeeMembersTable.userId))
		.where(eq(committeeMembersTable.territoryId, territory.id))
		.orderBy(asc(committeeMembersTable.createdAt));
	const meetings = await ctx.db
		.select({
			id: committeeMeetingsTable.id,
			meetsOn: committeeMeetingsTable.meetsOn,
			agenda: committeeMeetingsTable.agenda,
			minutes: committeeMeetingsTable.minutes
		})
		.from(committeeMeetingsTable)
		.where(eq(committeeMeetingsTable.territoryId, territory.id))
		.orderBy(desc(committeeMeetingsTable.meetsOn));
	return {
		territory,
		...planRights(ctx, standing),
		areas,
		seats: seats.map(({ userName, externalName, ...seat }) => ({
			...seat,
			name: userName ?? externalName ?? ''
		})),
		meetings,
		members: await territoryMembers(ctx.db, territory.id)
	};
}
