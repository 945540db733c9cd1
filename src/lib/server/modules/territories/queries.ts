import { and, eq, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { selectRows } from '../../platform/db/rows';
import { notFound } from '../../platform/errors';
import type { MemberRole } from './policy';
import { membershipsTable, territoriesTable } from './schema';

export type TerritoryRow = typeof territoriesTable.$inferSelect;
export type MembershipRow = typeof membershipsTable.$inferSelect;

export async function findTerritoryBySlug(db: DbOrTx, slug: string): Promise<TerritoryRow | null> {
	const [territory] = await db
		.select()
		.from(territoriesTable)
		.where(eq(territoriesTable.slug, slug))
		.limit(1);
	return territory ?? null;
}

/** The territory or a 404: territory details are public, so "missing" is the only refusal. */
export async function territoryBySlugOrNotFound(db: DbOrTx, slug: string): Promise<TerritoryRow> {
	const territory = await findTerritoryBySlug(db, slug);
	if (!territory) {
		throw notFound();
	}
	return territory;
}

/** Slugs already used that a new one built on `base` could collide with. */
export async function slugsLike(db: DbOrTx, base: string): Promise<Set<string>> {
	const rows = await db
		.select({ slug: territoriesTable.slug })
		.from(territoriesTable)
		.where(or(eq(territoriesTable.slug, base), like(territoriesTable.slug, `${base}-%`)));
	return new Set(rows.map((row) => row.slug));
}

/** True when making `newParentId` the parent of `territoryId` would close a loop. */
export async function wouldCreateCycle(
	db: DbOrTx,
	territoryId: string,
	newParentId: string
): Promise<boolean> {
	// Walk up from the new parent: meeting the territory means it would be its own ancestor.
	const rows = await selectRows<{ found: boolean }>(
		db,
		sql`
		with recursive chain(id, parent_id, depth) as (
			select id, parent_id, 0 from territories where id = ${newParentId}
			union all
			select t.id, t.parent_id, chain.depth + 1
			from territories t join chain on t.id = chain.parent_id
			where chain.depth < 64
		)
		select exists(select 1 from chain where id = ${territoryId}) as found`
	);
	return Boolean(rows[0]?.found);
}

export async function findMembership(
	db: DbOrTx,
	territoryId: string,
	userId: string
): Promise<MembershipRow | null> {
	const [membership] = await db
		.select()
		.from(membershipsTable)
		.where(and(eq(membershipsTable.territoryId, territoryId), eq(membershipsTable.userId, userId)))
		.limit(1);
	return membership ?? null;
}

export async function countOwners(db: DbOrTx, territoryId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(membershipsTable)
		.where(and(eq(membershipsTable.territoryId, territoryId), eq(membershipsTable.role, 'owner')));
	return row?.n ?? 0;
}

/** False when a change from `currentRole` to `nextRole` would leave the territory without an owner. */
export async function anotherOwnerRemains(
	db: DbOrTx,
	territoryId: string,
	currentRole: MemberRole,
	nextRole: MemberRole | null
): Promise<boolean> {
	if (currentRole !== 'owner' || nextRole === 'owner') {
		return true;
	}
	return (await countOwners(db, territoryId)) > 1;
}
