import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { territoriesTable } from '../territories/schema';

/** Answers by field id: text, option ids, a rating, or rows of column values. */
export type AnswerValue = string | string[] | number | Record<string, string | number>[];
export type Answers = Record<string, AnswerValue>;

export const worksheetSource = pgEnum('worksheet_source', ['form', 'import', 'api']);

/** A territory's answers to one exercise: the latest version, for reading and for progress. */
export const worksheetsTable = pgTable(
	'worksheets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		methodId: text('method_id').notNull(),
		exerciseId: text('exercise_id').notNull(),
		version: integer('version').notNull(),
		answers: jsonb('answers').$type<Answers>().notNull(),
		updatedBy: uuid('updated_by').references(() => usersTable.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('worksheets_exercise_unique').on(table.territoryId, table.methodId, table.exerciseId)
	]
);

/** Every saved version, never changed afterwards: the history and its differences. */
export const worksheetVersionsTable = pgTable(
	'worksheet_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		worksheetId: uuid('worksheet_id')
			.notNull()
			.references(() => worksheetsTable.id, { onDelete: 'cascade' }),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		answers: jsonb('answers').$type<Answers>().notNull(),
		source: worksheetSource('source').notNull(),
		authorId: uuid('author_id').references(() => usersTable.id, { onDelete: 'set null' }),
		/** Kept when the account is deleted, so the history still says who wrote it. */
		authorName: text('author_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('worksheet_versions_unique').on(table.worksheetId, table.version),
		index('worksheet_versions_territory_idx').on(table.territoryId)
	]
);
