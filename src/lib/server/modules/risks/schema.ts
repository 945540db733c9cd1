import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import { territoriesTable } from '../territories/schema';

export const riskTreatment = pgEnum('risk_treatment', ['avoid', 'reduce', 'transfer', 'accept']);
/** open → treating → accepted (by an approver) or closed; revoking an acceptance reopens treatment. */
export const riskState = pgEnum('risk_state', ['open', 'treating', 'accepted', 'closed']);
export const acceptanceDecision = pgEnum('risk_acceptance_decision', ['accepted', 'revoked']);

/** What a risk looked like when an acceptance was decided or revoked. */
export interface RiskSnapshot {
	state: string;
	likelihood: number;
	impact: number;
	treatment: string | null;
	residualLikelihood: number | null;
	residualImpact: number | null;
	openActions: number;
}

/**
 * A risk of one solution or one pilot action (exactly one of the two), taken from the risk
 * taxonomy (content/risks) or written by the territory, scored 1–5 on likelihood and impact.
 */
export const risksTable = pgTable(
	'risks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		solutionId: uuid('solution_id').references(() => solutionsTable.id, { onDelete: 'cascade' }),
		pilotActionId: uuid('pilot_action_id').references(() => pilotActionsTable.id, {
			onDelete: 'cascade'
		}),
		/** Every risk sits in one of the taxonomy's 8 macro-challenges, custom ones too. */
		macroChallengeId: text('macro_challenge_id').notNull(),
		/** Null for a custom risk. */
		taxonomyRiskId: text('taxonomy_risk_id'),
		/** Required for a custom risk; for a taxonomy risk null means "the taxonomy's title". */
		customTitle: text('custom_title'),
		description: text('description').notNull().default(''),
		likelihood: smallint('likelihood').notNull(),
		impact: smallint('impact').notNull(),
		ownerId: uuid('owner_id').references(() => usersTable.id, { onDelete: 'set null' }),
		treatment: riskTreatment('treatment'),
		residualLikelihood: smallint('residual_likelihood'),
		residualImpact: smallint('residual_impact'),
		reviewOn: date('review_on', { mode: 'string' }),
		state: riskState('state').notNull().default('open'),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('risks_territory_idx').on(table.territoryId, table.macroChallengeId),
		index('risks_solution_idx').on(table.solutionId),
		index('risks_pilot_action_idx').on(table.pilotActionId),
		check(
			'risks_one_subject',
			sql`(${table.solutionId} IS NULL) <> (${table.pilotActionId} IS NULL)`
		),
		check(
			'risks_titled',
			sql`${table.taxonomyRiskId} IS NOT NULL OR ${table.customTitle} IS NOT NULL`
		),
		check('risks_likelihood_range', sql`${table.likelihood} BETWEEN 1 AND 5`),
		check('risks_impact_range', sql`${table.impact} BETWEEN 1 AND 5`),
		check(
			'risks_residual_range',
			sql`(${table.residualLikelihood} IS NULL OR ${table.residualLikelihood} BETWEEN 1 AND 5) AND (${table.residualImpact} IS NULL OR ${table.residualImpact} BETWEEN 1 AND 5)`
		)
	]
);

/** A step of a risk's treatment, with its due date. */
export const riskActionsTable = pgTable(
	'risk_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		riskId: uuid('risk_id')
			.notNull()
			.references(() => risksTable.id, { onDelete: 'cascade' }),
		description: text('description').notNull(),
		dueOn: date('due_on', { mode: 'string' }),
		doneOn: date('done_on', { mode: 'string' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('risk_actions_risk_idx').on(table.riskId)]
);

/** Append-only: each acceptance and each revocation, with who decided and the risk then. */
export const riskAcceptancesTable = pgTable(
	'risk_acceptances',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		riskId: uuid('risk_id')
			.notNull()
			.references(() => risksTable.id, { onDelete: 'cascade' }),
		decision: acceptanceDecision('decision').notNull(),
		approverId: uuid('approver_id').references(() => usersTable.id, { onDelete: 'set null' }),
		/** Kept so the record still names the approver after the account is deleted. */
		approverName: text('approver_name').notNull(),
		rationale: text('rationale').notNull().default(''),
		snapshot: jsonb('snapshot').$type<RiskSnapshot>().notNull(),
		decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('risk_acceptances_risk_idx').on(table.riskId, table.decidedAt)]
);
