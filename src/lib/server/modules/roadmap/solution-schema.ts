import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { practicesTable } from '../catalogue/schema';
import { territoriesTable } from '../territories/schema';
import { governanceAreasTable } from './governance-schema';
import { pilotActionsTable } from './schema';

/** The four stages of the ICC journey a solution goes through. */
export const journeyStage = pgEnum('journey_stage', [
	'preparation',
	'ambition',
	'implementation',
	'review'
]);
export const solutionStatus = pgEnum('solution_status', [
	'planned',
	'in-progress',
	'on-hold',
	'done',
	'cancelled'
]);
export const milestoneStatus = pgEnum('milestone_status', [
	'not-started',
	'in-progress',
	'done',
	'cancelled'
]);

/**
 * One row per territory that has started a roadmap: its vision, its main thematic track,
 * and what it chose to publish on its public progress page.
 */
export const roadmapsTable = pgTable('roadmaps', {
	territoryId: uuid('territory_id')
		.primaryKey()
		.references(() => territoriesTable.id, { onDelete: 'cascade' }),
	vision: text('vision').notNull().default(''),
	/** The main thematic track the other themes feed into (ICC: "citizen participation…"). */
	thematicTrack: text('thematic_track').notNull().default(''),
	/** The public page `/t/{slug}/progress` answers 404 until this is true. */
	progressPagePublished: boolean('progress_page_published').notNull().default(false),
	/** Whether the page shows the levels of the latest closed assessment rounds. */
	publishAssessmentLevels: boolean('publish_assessment_levels').notNull().default(false),
	version: integer('version').notNull().default(1),
	updatedBy: uuid('updated_by').references(() => usersTable.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** An ambition statement of the roadmap (ICC: A1–A4), with its sub-objectives. */
export const ambitionsTable = pgTable(
	'ambitions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		/** A short label such as "A1", unique in the territory. */
		code: text('code').notNull(),
		title: text('title').notNull(),
		/** One sub-objective per line. */
		subObjectives: text('sub_objectives').notNull().default(''),
		position: integer('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('ambitions_territory_code_unique').on(table.territoryId, table.code)]
);

/** A solution sheet of the roadmap, with the ICC report's fields. */
export const solutionsTable = pgTable(
	'solutions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** How the solution serves the roadmap's vision, in the territory's words. */
		visionLink: text('vision_link').notNull().default(''),
		description: text('description').notNull().default(''),
		/** The initiative working team, one entry per line. */
		coreTeam: text('core_team').notNull().default(''),
		contributors: text('contributors').notNull().default(''),
		supportNeeded: text('support_needed').notNull().default(''),
		/** Free notes on the timeline; the dated plan is the milestones. */
		timelineNote: text('timeline_note').notNull().default(''),
		/** Exact money: numeric, read as a string. */
		budgetAmount: numeric('budget_amount', { precision: 14, scale: 2 }),
		budgetCurrency: text('budget_currency').notNull().default('EUR'),
		/** Programmes, calls for projects and co-funders. */
		fundingSources: text('funding_sources').notNull().default(''),
		stage: journeyStage('stage').notNull().default('ambition'),
		status: solutionStatus('status').notNull().default('planned'),
		/** The solution's period; every milestone falls inside it. */
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		thematicAreaId: uuid('thematic_area_id').references(() => governanceAreasTable.id, {
			onDelete: 'set null'
		}),
		/** Set when the solution grew out of a pilot action or a catalogue practice. */
		pilotActionId: uuid('pilot_action_id').references(() => pilotActionsTable.id, {
			onDelete: 'set null'
		}),
		practiceId: uuid('practice_id').references(() => practicesTable.id, {
			onDelete: 'set null'
		}),
		/** Shown on the public progress page (with its milestones) when true. */
		published: boolean('published').notNull().default(false),
		/** When the milestones' planned dates were copied into their baseline. */
		baselineFrozenAt: timestamp('baseline_frozen_at', { withTimezone: true }),
		position: integer('position').notNull().default(0),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('solutions_territory_idx').on(table.territoryId, table.position),
		check('solutions_period_order', sql`${table.endsOn} >= ${table.startsOn}`)
	]
);

/** The ambition statements a solution serves. */
export const solutionAmbitionsTable = pgTable(
	'solution_ambitions',
	{
		solutionId: uuid('solution_id')
			.notNull()
			.references(() => solutionsTable.id, { onDelete: 'cascade' }),
		ambitionId: uuid('ambition_id')
			.notNull()
			.references(() => ambitionsTable.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.solutionId, table.ambitionId] })]
);

/**
 * A dated step of a solution: planned dates (editable), the baseline (a frozen copy of
 * the planned dates), the actual dates, and a weight for the progress roll-up.
 */
export const milestonesTable = pgTable(
	'milestones',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		solutionId: uuid('solution_id')
			.notNull()
			.references(() => solutionsTable.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull().default(0),
		plannedStart: date('planned_start', { mode: 'string' }).notNull(),
		plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
		baselineStart: date('baseline_start', { mode: 'string' }),
		baselineEnd: date('baseline_end', { mode: 'string' }),
		actualStart: date('actual_start', { mode: 'string' }),
		actualEnd: date('actual_end', { mode: 'string' }),
		status: milestoneStatus('status').notNull().default('not-started'),
		/** 1–5: how much the milestone counts in its solution's progress. */
		weight: smallint('weight').notNull().default(1),
		responsibleId: uuid('responsible_id').references(() => usersTable.id, {
			onDelete: 'set null'
		}),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('milestones_solution_idx').on(table.solutionId, table.position),
		index('milestones_territory_idx').on(table.territoryId),
		check('milestones_planned_order', sql`${table.plannedEnd} >= ${table.plannedStart}`),
		check(
			'milestones_actual_order',
			sql`${table.actualEnd} IS NULL OR ${table.actualStart} IS NULL OR ${table.actualEnd} >= ${table.actualStart}`
		),
		check('milestones_weight_range', sql`${table.weight} BETWEEN 1 AND 5`)
	]
);

/** "milestone_id cannot start before depends_on_id ends"; cycles are refused in code. */
export const milestoneDependenciesTable = pgTable(
	'milestone_dependencies',
	{
		milestoneId: uuid('milestone_id')
			.notNull()
			.references(() => milestonesTable.id, { onDelete: 'cascade' }),
		dependsOnId: uuid('depends_on_id')
			.notNull()
			.references(() => milestonesTable.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ columns: [table.milestoneId, table.dependsOnId] }),
		index('milestone_dependencies_depends_on_idx').on(table.dependsOnId),
		check('milestone_dependencies_not_self', sql`${table.milestoneId} <> ${table.dependsOnId}`)
	]
);
