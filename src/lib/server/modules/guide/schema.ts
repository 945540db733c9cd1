import { sql } from 'drizzle-orm';
import {
	customType,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The guide's text, one row per block and language, rebuilt from the content files at
 * start. The language's text search configuration stems and drops accents, so "donnees"
 * finds "données".
 */
export const guidePassagesTable = pgTable(
	'guide_passages',
	{
		id: serial('id').primaryKey(),
		methodId: text('method_id').notNull(),
		stepId: text('step_id').notNull(),
		locale: text('locale').notNull(),
		position: integer('position').notNull(),
		heading: text('heading').notNull(),
		body: text('body').notNull(),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				sql`to_tsvector(CASE WHEN locale = 'fr' THEN 'territoria_fr'::regconfig ELSE 'territoria_en'::regconfig END, heading || ' ' || body)`
			)
	},
	(table) => [
		index('guide_passages_search_idx').using('gin', table.search),
		index('guide_passages_step_idx').on(table.methodId, table.stepId)
	]
);

/** A signed-in person's quiz attempts, kept so they can see their progress. */
export const quizAttemptsTable = pgTable(
	'quiz_attempts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		methodId: text('method_id').notNull(),
		quizId: text('quiz_id').notNull(),
		/** Option ids ticked, by question id. */
		answers: jsonb('answers').$type<Record<string, string[]>>().notNull(),
		score: doublePrecision('score').notNull(),
		maxScore: integer('max_score').notNull(),
		band: text('band').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('quiz_attempts_user_idx').on(table.userId, table.createdAt)]
);
