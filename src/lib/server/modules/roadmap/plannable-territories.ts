import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { membershipsTable, territoriesTable } from '../territories/schema';

/**
 * The territories whose roadmap the actor may add a solution to (member as contributor or
 * above), for the catalogue's "add to a roadmap" link. Empty for visitors.
 */
export async function plannableTerritories(
	db: DbOrTx,
	actor: Actor
): Promise<{ slug: string; name: string }[]> {
	if (actor.kind !== 'user') {
		return [];
	}
	return db
		.select({ slug: territoriesTable.slug, name: territoriesTable.name })
		.from(membershipsTable)
		.innerJoin(territoriesTable, eq(territoriesTable.id, membershipsTable.territoryId))
		.where(
			and(
				eq(membershipsTable.userId, actor.userId),
				inArray(membershipsTable.role, ['owner', 'editor', 'contributor'])
			)
		)
		.orderBy(asc(territoriesTable.name));
}
