import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { MemberRole } from './policy';
import { membershipsTable, territoriesTable } from './schema';

export interface MyTerritory {
	slug: string;
	name: string;
	role: MemberRole;
}

/** The territories the signed-in person is a member of, by name; none for visitors. */
export async function listMyTerritories(ctx: UseCaseContext): Promise<MyTerritory[]> {
	if (ctx.actor.kind !== 'user') {
		return [];
	}
	return ctx.db
		.select({
			slug: territoriesTable.slug,
			name: territoriesTable.name,
			role: membershipsTable.role
		})
		.from(membershipsTable)
		.innerJoin(territoriesTable, eq(territoriesTable.id, membershipsTable.territoryId))
		.where(eq(membershipsTable.userId, ctx.actor.userId))
		.orderBy(asc(territoriesTable.name))
		.limit(100);
}
