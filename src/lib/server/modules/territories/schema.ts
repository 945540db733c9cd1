import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';

export const territoryKind = pgEnum('territory_kind', [
	'metropolis',
	'municipality',
	'district',
	'other'
]);
export const memberRole = pgEnum('member_role', ['owner', 'editor', 'contributor', 'viewer']);

export const territoriesTable = pgTable(
	'territories',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: territoryKind('kind').notNull(),
		/** ISO 3166-1 alpha-2 code, upper case. */
		country: text('country').notNull(),
		population: integer('population'),
		/** BCP 47 language tags spoken or used by the authority, e.g. ['fr', 'nl']. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		parentId: uuid('parent_id').references((): AnyPgColumn => territoriesTable.id, {
			onDelete: 'restrict'
		}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('territories_parent_id_idx').on(table.parentId)]
);

export const membershipsTable = pgTable(
	'memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		role: memberRole('role').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('memberships_territory_user_key').on(table.territoryId, table.userId),
		index('memberships_user_id_idx').on(table.userId)
	]
);

/** An emailed invitation; the link carries a random token, only its SHA-256 is stored. */
export const invitationsTable = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: memberRole('role').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: uuid('invited_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [index('invitations_territory_id_idx').on(table.territoryId)]
);
