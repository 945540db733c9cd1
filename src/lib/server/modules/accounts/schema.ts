import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';

export const platformRole = pgEnum('platform_role', ['admin', 'moderator']);
export const locale = pgEnum('locale', ['en', 'fr']);

export const usersTable = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Stored as typed; uniqueness and look-ups use lower(email). */
		email: text('email').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		platformRole: platformRole('platform_role'),
		locale: locale('locale').notNull().default('en'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		passwordChangedAt: timestamp('password_changed_at', { withTimezone: true })
			.notNull()
			.defaultNow()
	},
	(table) => [uniqueIndex('users_email_lower_key').on(sql`lower(${table.email})`)]
);

/** A browser session. The cookie holds a random token; only its SHA-256 is stored. */
export const sessionsTable = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		userAgent: text('user_agent')
	},
	(table) => [index('sessions_user_id_idx').on(table.userId)]
);

export const passwordResetTokensTable = pgTable(
	'password_reset_tokens',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(table) => [index('password_reset_tokens_user_id_idx').on(table.userId)]
);

/** Personal API tokens: shown once, stored as SHA-256, revocable, expiring. */
export const apiTokensTable = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** First characters of the token, so a user can recognise it in a list. */
		prefix: text('prefix').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [index('api_tokens_user_id_idx').on(table.userId)]
);

/**
 * Failed attempts per key (e.g. `sign-in:email:…`, `sign-in:ip:…`, `reset:ip:…`), kept in
 * the database so that limits hold across server processes.
 */
export const authThrottlesTable = pgTable('auth_throttles', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	lockedUntil: timestamp('locked_until', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
