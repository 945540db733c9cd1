import { type SQL, and, desc, eq, gte, ilike, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { auditEntriesTable } from './schema';

/** Filters of the audit trail, as query parameters (so the page works without JS). */
export const auditFiltersInput = z.object({
	action: z.string().trim().max(100).optional(),
	actor: z.string().trim().max(200).optional(),
	from: z.iso.date().optional(),
	to: z.iso.date().optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});

export type AuditFilters = z.output<typeof auditFiltersInput>;
export type AuditEntryRow = typeof auditEntriesTable.$inferSelect;

export interface AuditPage {
	entries: AuditEntryRow[];
	page: number;
	pageSize: number;
	hasMore: boolean;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One territory's audit trail, newest first, filtered. Authorization is the caller's:
 * territories' `list-audit-trail` checks the policy before calling this.
 */
export async function listAuditEntries(
	db: DbOrTx,
	territoryId: string,
	filters: AuditFilters,
	pageSize = 50
): Promise<AuditPage> {
	const conditions: SQL[] = [eq(auditEntriesTable.territoryId, territoryId)];
	if (filters.action) {
		conditions.push(ilike(auditEntriesTable.action, `%${escapeLike(filters.action)}%`));
	}
	if (filters.actor) {
		conditions.push(ilike(auditEntriesTable.actorLabel, `%${escapeLike(filters.actor)}%`));
	}
	if (filters.from) {
		conditions.push(gte(auditEntriesTable.at, new Date(`${filters.from}T00:00:00Z`)));
	}
	if (filters.to) {
		// Inclusive of the whole "to" day.
		conditions.push(
			lt(auditEntriesTable.at, sql`(${filters.to}::date + interval '1 day')::timestamptz`)
		);
	}
	const rows = await db
		.select()
		.from(auditEntriesTable)
		.where(and(...conditions))
		.orderBy(desc(auditEntriesTable.at), desc(auditEntriesTable.id))
		.limit(pageSize + 1)
		.offset((filters.page - 1) * pageSize);
	return {
		entries: rows.slice(0, pageSize),
		page: filters.page,
		pageSize,
		hasMore: rows.length > pageSize
	};
}

/** The distinct actions recorded for a territory, for the filter's choices. */
export async function listAuditActions(db: DbOrTx, territoryId: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ action: auditEntriesTable.action })
		.from(auditEntriesTable)
		.where(eq(auditEntriesTable.territoryId, territoryId))
		.orderBy(auditEntriesTable.action);
	return rows.map((row) => row.action);
}
