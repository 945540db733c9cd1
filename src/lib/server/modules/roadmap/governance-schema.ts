import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { territoriesTable } from '../territories/schema';

/** A thematic area of the roadmap with the member responsible for it (ICC: four areas). */
export const governanceAreasTable = pgTable(
	'governance_areas',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** A member of the territory; null while the post is vacant. */
		responsibleId: uuid('responsible_id').references(() => usersTable.id, {
			onDelete: 'set null'
		}),
		position: integer('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('governance_areas_territory_idx').on(table.territoryId, table.position)]
);

/** A seat on the evaluation committee: a member of the territory or an external person. */
export const committeeMembersTable = pgTable(
	'evaluation_committee_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		userId: uuid('user_id').references(() => usersTable.id, { onDelete: 'cascade' }),
		/** For external people only; members show their account's name. */
		externalName: text('external_name'),
		organisation: text('organisation').notNull().default(''),
		/** Which sector or users the seat represents. */
		represents: text('represents').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('evaluation_committee_members_territory_idx').on(table.territoryId),
		check(
			'evaluation_committee_members_who',
			sql`(${table.userId} IS NULL) <> (${table.externalName} IS NULL)`
		)
	]
);

/** A meeting of the evaluation committee, planned or held. */
export const committeeMeetingsTable = pgTable(
	'evaluation_committee_meetings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		meetsOn: date('meets_on', { mode: 'string' }).notNull(),
		agenda: text('agenda').notNull().default(''),
		/** What was decided, written after the meeting. */
		minutes: text('minutes').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('evaluation_committee_meetings_territory_idx').on(table.territoryId, table.meetsOn)
	]
);
