import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { usersTable } from '../../modules/accounts/schema';
import { territoriesTable } from '../../modules/territories/schema';

/**
 * The audit trail. Rows are only ever inserted: a database trigger refuses UPDATE and
 * DELETE, except the anonymisation of an erased account (actor set to null).
 */
export const auditEntriesTable = pgTable(
	'audit_entries',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: uuid('actor_id').references(() => usersTable.id, { onDelete: 'set null' }),
		/** The actor's display name at the time, so the trail stays readable. */
		actorLabel: text('actor_label').notNull(),
		territoryId: uuid('territory_id').references(() => territoriesTable.id, {
			onDelete: 'restrict'
		}),
		/** `module.verb-noun`, e.g. `territories.update-territory`. */
		action: text('action').notNull(),
		targetType: text('target_type').notNull(),
		targetId: text('target_id'),
		/** What changed: for updates `{ field: [before, after] }`; never secrets. */
		summary: jsonb('summary').$type<Record<string, unknown>>().notNull().default({}),
		requestId: text('request_id')
	},
	(table) => [
		index('audit_entries_territory_at_idx').on(table.territoryId, table.at),
		index('audit_entries_actor_idx').on(table.actorId)
	]
);
