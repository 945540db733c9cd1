import {
	boolean,
	date,
	index,
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
import type { ConsolidatedScore } from './score-answers';

export const roundStatus = pgEnum('assessment_round_status', ['open', 'closed']);

/**
 * One dated run of an assessment in a territory: members answer while it is open; closing
 * it computes and keeps the team's scores, so that later rounds compare with what was
 * found then, whatever the content files become.
 */
export const assessmentRoundsTable = pgTable(
	'assessment_rounds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		assessmentId: text('assessment_id').notNull(),
		periodStart: date('period_start', { mode: 'string' }).notNull(),
		periodEnd: date('period_end', { mode: 'string' }).notNull(),
		status: roundStatus('status').notNull().default('open'),
		openedBy: uuid('opened_by').references(() => usersTable.id, { onDelete: 'set null' }),
		openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** The team's scores when the round closed (null while open). */
		results: jsonb('results').$type<ConsolidatedScore>()
	},
	(table) => [index('assessment_rounds_territory_idx').on(table.territoryId, table.assessmentId)]
);

/** One respondent's answers in a round: question id → option id, "dont-know" or "not-applicable". */
export const assessmentResponsesTable = pgTable(
	'assessment_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => assessmentRoundsTable.id, { onDelete: 'cascade' }),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		respondentId: uuid('respondent_id')
			.notNull()
			.references(() => usersTable.id, { onDelete: 'cascade' }),
		answers: jsonb('answers').$type<Record<string, string>>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('assessment_responses_respondent_unique').on(table.roundId, table.respondentId)
	]
);

/** Whether and how a territory lets others see its closed rounds' scores. */
export const peerSharing = pgEnum('assessment_peer_sharing', ['none', 'anonymous', 'named']);

/**
 * A territory's choice to share its closed rounds' scores. `peers`: 'anonymous' counts its
 * latest scores in peer distributions (shown only when at least five territories
 * contribute); 'named' also shows them under its name. `withParent`: the members of its
 * parent territory see its latest closed scores, by name, in the intermunicipal heatmap.
 * No row means nothing is shared.
 */
export const assessmentSharingTable = pgTable('assessment_sharing', {
	territoryId: uuid('territory_id')
		.primaryKey()
		.references(() => territoriesTable.id, { onDelete: 'cascade' }),
	peers: peerSharing('peers').notNull().default('none'),
	withParent: boolean('with_parent').notNull().default(false),
	updatedBy: uuid('updated_by').references(() => usersTable.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
