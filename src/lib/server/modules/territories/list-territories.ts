import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { MemberRole } from './policy';
import type { TerritoryRow } from './queries';
import { membershipsTable, territoriesTable } from './schema';

export const listTerritoriesInput = z.object({
	q: z.string().trim().max(200).optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type ListTerritoriesOptions = z.input<typeof listTerritoriesInput>;

export interface TerritoryList {
	territories: TerritoryRow[];
	/** The viewer's own territories with their role (empty for anonymous visitors). */
	mine: { territory: TerritoryRow; role: MemberRole }[];
	page: number;
	hasMore: boolean;
}

const pageSize = 50;

/**
 * The public list of territories, by name, optionally filtered by a search that ignores
 * accents and case ("metropole" finds "Métropole"); 50 a page, since an intermunicipal
 * authority alone may hold 95 municipalities.
 */
export async function listTerritories(
	ctx: UseCaseContext,
	options: ListTerritoriesOptions = {}
): Promise<TerritoryList> {
	const input = listTerritoriesInput.parse(options);
	const conditions: SQL[] = [];
	if (input.q) {
		const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(sql`unaccent(${territoriesTable.name}) ilike unaccent(${pattern})`);
	}
	const rows = await ctx.db
		.select()
		.from(territoriesTable)
		.where(and(...conditions))
		.orderBy(asc(territoriesTable.name), asc(territoriesTable.slug))
		.limit(pageSize + 1)
		.offset((input.page - 1) * pageSize);
	const mine =
		ctx.actor.kind === 'user'
			? await ctx.db
					.select({ territory: territoriesTable, role: membershipsTable.role })
					.from(membershipsTable)
					.innerJoin(territoriesTable, eq(territoriesTable.id, membershipsTable.territoryId))
					.where(eq(membershipsTable.userId, ctx.actor.userId))
					.orderBy(asc(territoriesTable.name))
			: [];
	return {
		territories: rows.slice(0, pageSize),
		mine,
		page: input.page,
		hasMore: rows.length > pageSize
	};
}
