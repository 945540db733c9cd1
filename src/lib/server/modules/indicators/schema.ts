import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	doublePrecision,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import { territoriesTable } from '../territories/schema';

/** The guide's four families of indicators. */
export const indicatorFamily = pgEnum('indicator_family', [
	'economic-efficiency',
	'technical-optimisation',
	'social-inclusion',
	'environmental-sustainability'
]);
export const indicatorDirection = pgEnum('indicator_direction', ['higher', 'lower']);
/** What values an indicator accepts: whole counts, decimals, or percentages (0–100). */
export const indicatorValueKind = pgEnum('indicator_value_kind', ['count', 'decimal', 'percent']);
export const measurementFrequency = pgEnum('measurement_frequency', [
	'monthly',
	'quarterly',
	'half-yearly',
	'yearly'
]);
export const measurementChannel = pgEnum('measurement_channel', ['form', 'csv', 'api']);

/**
 * An indicator a territory follows for one solution or one pilot action (exactly one),
 * from the library (content/indicators) or its own, with baseline and target.
 */
export const indicatorsTable = pgTable(
	'indicators',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		solutionId: uuid('solution_id').references(() => solutionsTable.id, { onDelete: 'cascade' }),
		pilotActionId: uuid('pilot_action_id').references(() => pilotActionsTable.id, {
			onDelete: 'cascade'
		}),
		/** Null for an indicator of the territory's own. */
		libraryIndicatorId: text('library_indicator_id'),
		title: text('title').notNull(),
		family: indicatorFamily('family').notNull(),
		unit: text('unit').notNull(),
		valueKind: indicatorValueKind('value_kind').notNull().default('decimal'),
		direction: indicatorDirection('direction').notNull(),
		method: text('method').notNull().default(''),
		baselineValue: doublePrecision('baseline_value'),
		baselineOn: date('baseline_on', { mode: 'string' }),
		targetValue: doublePrecision('target_value'),
		targetOn: date('target_on', { mode: 'string' }),
		frequency: measurementFrequency('frequency').notNull().default('yearly'),
		source: text('source').notNull().default(''),
		/** Shown on the public progress page, with its measurements, when true. */
		published: boolean('published').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('indicators_territory_idx').on(table.territoryId),
		index('indicators_solution_idx').on(table.solutionId),
		index('indicators_pilot_action_idx').on(table.pilotActionId),
		check(
			'indicators_one_subject',
			sql`(${table.solutionId} IS NULL) <> (${table.pilotActionId} IS NULL)`
		),
		check(
			'indicators_target_after_baseline',
			sql`${table.targetOn} IS NULL OR ${table.baselineOn} IS NULL OR ${table.targetOn} > ${table.baselineOn}`
		)
	]
);

/**
 * A dated value of an indicator. A correction never overwrites: it adds a row that names
 * the row it corrects, and that row gets `superseded_at`. The current values are the rows
 * without it.
 */
export const measurementsTable = pgTable(
	'indicator_measurements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => indicatorsTable.id, { onDelete: 'cascade' }),
		value: doublePrecision('value').notNull(),
		measuredOn: date('measured_on', { mode: 'string' }).notNull(),
		source: text('source').notNull(),
		channel: measurementChannel('channel').notNull(),
		enteredBy: uuid('entered_by').references(() => usersTable.id, { onDelete: 'set null' }),
		/** Kept so history still says who entered a value after the account is deleted. */
		enteredByName: text('entered_by_name').notNull(),
		enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
		correctsId: uuid('corrects_id'),
		correctionNote: text('correction_note').notNull().default(''),
		supersededAt: timestamp('superseded_at', { withTimezone: true })
	},
	(table) => [
		index('indicator_measurements_current_idx')
			.on(table.indicatorId, table.measuredOn)
			.where(sql`${table.supersededAt} IS NULL`),
		index('indicator_measurements_corrects_idx').on(table.correctsId)
	]
);
