import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { practicesTable } from '../catalogue/schema';
import { assessmentRoundsTable } from '../diagnose/schema';
import { stakeholdersTable } from '../ecosystem/schema';
import { territoriesTable } from '../territories/schema';

/** The guide's step 4 scales, from the widest to the narrowest. */
export const pilotAreaLevel = pgEnum('pilot_area_level', ['city', 'district', 'neighbourhood']);
export const pilotSectorLevel = pgEnum('pilot_sector_level', [
	'administration',
	'service',
	'procedure'
]);
export const pilotAmplitude = pgEnum('pilot_amplitude', [
	'specific-problem',
	'sector-niche',
	'pilot-project',
	'integrated-zone'
]);
export const pilotLever = pgEnum('pilot_lever', [
	'communication',
	'service-app',
	'sensors',
	'dematerialisation',
	'other'
]);
/** Test and learn: scope, test, refine, then extend or scale up (or stop). */
export const pilotStatus = pgEnum('pilot_status', [
	'scoped',
	'testing',
	'refining',
	'extending',
	'scaled-up',
	'stopped'
]);

/**
 * A small, bounded action a territory tries before going further, scoped as the guide's
 * step 4 asks. Solutions of the roadmap may later grow out of it.
 */
export const pilotActionsTable = pgTable(
	'pilot_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		areaLevel: pilotAreaLevel('area_level').notNull(),
		/** Which district or neighbourhood, in the territory's words. */
		areaName: text('area_name').notNull().default(''),
		sectorLevel: pilotSectorLevel('sector_level').notNull(),
		/** Which service or procedure. */
		sectorName: text('sector_name').notNull().default(''),
		amplitude: pilotAmplitude('amplitude').notNull(),
		lever: pilotLever('lever').notNull(),
		/** The tool the lever uses, e.g. "SMS reminders" or "OpenStreetMap". */
		tool: text('tool').notNull().default(''),
		/** produce, collect, store, process, analyse, share. */
		dataSteps: text('data_steps')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		targetUsers: text('target_users').notNull().default(''),
		obstacles: text('obstacles').notNull().default(''),
		scalingConditions: text('scaling_conditions').notNull().default(''),
		status: pilotStatus('status').notNull().default('scoped'),
		lessons: text('lessons').notNull().default(''),
		/** Bumped on every edit, so that two people editing at once do not overwrite each other. */
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('pilot_actions_territory_idx').on(table.territoryId)]
);

/** Catalogue practices a pilot action draws on. */
export const pilotActionPracticesTable = pgTable(
	'pilot_action_practices',
	{
		pilotActionId: uuid('pilot_action_id')
			.notNull()
			.references(() => pilotActionsTable.id, { onDelete: 'cascade' }),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practicesTable.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.pilotActionId, table.practiceId] })]
);

/** Stakeholders of the same territory involved in a pilot action. */
export const pilotActionStakeholdersTable = pgTable(
	'pilot_action_stakeholders',
	{
		pilotActionId: uuid('pilot_action_id')
			.notNull()
			.references(() => pilotActionsTable.id, { onDelete: 'cascade' }),
		stakeholderId: uuid('stakeholder_id')
			.notNull()
			.references(() => stakeholdersTable.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ columns: [table.pilotActionId, table.stakeholderId] }),
		index('pilot_action_stakeholders_stakeholder_idx').on(table.stakeholderId)
	]
);

/** Weak areas of a closed assessment round (a dimension of it) that a pilot action answers. */
export const pilotActionWeakAreasTable = pgTable(
	'pilot_action_weak_areas',
	{
		pilotActionId: uuid('pilot_action_id')
			.notNull()
			.references(() => pilotActionsTable.id, { onDelete: 'cascade' }),
		roundId: uuid('round_id')
			.notNull()
			.references(() => assessmentRoundsTable.id, { onDelete: 'cascade' }),
		dimensionId: text('dimension_id').notNull()
	},
	(table) => [primaryKey({ columns: [table.pilotActionId, table.roundId, table.dimensionId] })]
);
