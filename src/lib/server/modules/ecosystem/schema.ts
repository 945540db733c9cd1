import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgTable,
	smallint,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { territoriesTable } from '../territories/schema';

/**
 * A category a territory adds to the guide's standard list (vocabulary.ts), e.g. "media"
 * or "incubators". Stakeholders name it by its key.
 */
export const stakeholderCategoriesTable = pgTable(
	'stakeholder_categories',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		/** Lower-case slug, unique in the territory and distinct from the standard ids. */
		key: text('key').notNull(),
		label: text('label').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('stakeholder_categories_key_unique').on(table.territoryId, table.key)]
);

/**
 * An actor in a territory's ecosystem, profiled as the guide asks: what it would gain,
 * the resources it brings, how it can be committed, and its influence and interest.
 */
export const stakeholdersTable = pgTable(
	'stakeholders',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** A standard category id (vocabulary.ts) or the key of one of the territory's own. */
		category: text('category').notNull(),
		/** Standard gain ids (vocabulary.ts), with free text beside them. */
		gains: text('gains')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		gainNote: text('gain_note').notNull().default(''),
		/** financial, technical, human, data. */
		resources: text('resources')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		resourceNote: text('resource_note').notNull().default(''),
		/** Means of commitment and incentives, as standard ids, with free text beside them. */
		commitments: text('commitments')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		commitmentNote: text('commitment_note').notNull().default(''),
		influence: smallint('influence').notNull(),
		interest: smallint('interest').notNull(),
		contact: text('contact').notNull().default(''),
		notes: text('notes').notNull().default(''),
		/** Bumped on every edit, so that two people editing at once do not overwrite each other. */
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		// One stakeholder per name in a territory: the CSV import matches rows by name.
		uniqueIndex('stakeholders_territory_name_unique').on(
			table.territoryId,
			sql`lower(${table.name})`
		),
		index('stakeholders_category_idx').on(table.territoryId, table.category),
		check('stakeholders_influence_range', sql`${table.influence} between 1 and 5`),
		check('stakeholders_interest_range', sql`${table.interest} between 1 and 5`)
	]
);
