import { and, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { membershipsTable, territoriesTable } from '../territories/schema';
import { requireUser } from './policy';

export interface SoleOwnedTerritory {
	id: string;
	slug: string;
	name: string;
}

export interface ListSoleOwnedTerritoriesOptions {
	/**
	 * Lock the owners' memberships until the transaction ends (account erasure): two
	 * co-owners erasing their accounts at once cannot both pass the check.
	 */
	lock?: boolean;
}

/** The territories of which the signed-in account is the only owner. */
export async function listSoleOwnedTerritories(
	ctx: UseCaseContext,
	options: ListSoleOwnedTerritoriesOptions = {}
): Promise<SoleOwnedTerritory[]> {
	const actor = requireUser(ctx.actor);
	const owned = await ctx.db
		.select({ territoryId: membershipsTable.territoryId })
		.from(membershipsTable)
		.where(and(eq(membershipsTable.userId, actor.userId), eq(membershipsTable.role, 'owner')));
	if (owned.length === 0) {
		return [];
	}
	const ownersQuery = ctx.db
		.select({ territoryId: membershipsTable.territoryId })
		.from(membershipsTable)
		.where(
			and(
				inArray(
					membershipsTable.territoryId,
					owned.map((row) => row.territoryId)
				),
				eq(membershipsTable.role, 'owner')
			)
		)
		// One order for every locker, so that concurrent erasures cannot deadlock.
		.orderBy(membershipsTable.id);
	const owners = options.lock ? await ownersQuery.for('update') : await ownersQuery;
	const ownerCount = new Map<string, number>();
	for (const { territoryId } of owners) {
		ownerCount.set(territoryId, (ownerCount.get(territoryId) ?? 0) + 1);
	}
	const soleIds = [...ownerCount].filter(([, count]) => count === 1).map(([id]) => id);
	if (soleIds.length === 0) {
		return [];
	}
	return ctx.db
		.select({ id: territoriesTable.id, slug: territoriesTable.slug, name: territoriesTable.name })
		.from(territoriesTable)
		.where(inArray(territoriesTable.id, soleIds))
		.orderBy(territoriesTable.name);
}
