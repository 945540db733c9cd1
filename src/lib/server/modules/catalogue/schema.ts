import { sql } from 'drizzle-orm';
import {
	bigint,
	customType,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { usersTable } from '../accounts/schema';
import { territoriesTable } from '../territories/schema';
import type { PracticeLink, PracticeTextsByLanguage, ReviewScores } from './types';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The text search configuration of a language column (configurations in migrations 0000, 0005). */
const configOf = (column: string): string =>
	`CASE ${column} WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END`;
const textConfig = configOf('text_language');
const documentExpression = [
	`setweight(to_tsvector(${textConfig}, title || ' ' || place), 'A')`,
	`setweight(to_tsvector(${textConfig}, summary), 'B')`,
	`setweight(to_tsvector(${textConfig}, body), 'C')`,
	`CASE WHEN text_language = reader_language THEN ''::tsvector ELSE setweight(to_tsvector(${configOf('reader_language')}, title || ' ' || place || ' ' || summary || ' ' || body), 'D') END`
].join(' || ');

/**
 * Title, place and summary alone: a match here ranks above a match in the body only
 * (search-practices.ts). Untranslated rows also carry the reader's stemming, as above.
 */
const headingExpression = [
	`setweight(to_tsvector(${textConfig}, title || ' ' || place), 'A')`,
	`setweight(to_tsvector(${textConfig}, summary), 'B')`,
	`CASE WHEN text_language = reader_language THEN ''::tsvector ELSE setweight(to_tsvector(${configOf('reader_language')}, title || ' ' || place || ' ' || summary), 'D') END`
].join(' || ');

export const practiceOrigin = pgEnum('practice_origin', ['content', 'contribution']);
export const evidenceLevelEnum = pgEnum('evidence_level', [
	'self-declared',
	'peer-reviewed',
	'independently-verified'
]);
export const contributionKind = pgEnum('contribution_kind', ['practice', 'replication']);
export const contributionStatus = pgEnum('contribution_status', [
	'draft',
	'submitted',
	'in-review',
	'changes-requested',
	'published',
	'rejected'
]);
export const speakingFor = pgEnum('speaking_for', [
	'self',
	'territory',
	'company',
	'community-group'
]);
export const reviewDecision = pgEnum('review_decision', ['publish', 'request-changes', 'reject']);
export const recommendation = pgEnum('recommendation', ['yes', 'with-changes', 'no']);

/**
 * The published catalogue: what readers see. A contribution changes a practice only when
 * a moderator publishes it, so the published version stays visible during a review.
 */
export const practicesTable = pgTable(
	'practices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		origin: practiceOrigin('origin').notNull(),
		/** SHA-256 of the content file last loaded, so an unchanged file writes nothing. */
		contentHash: text('content_hash'),
		originalLanguage: text('original_language').notNull(),
		texts: jsonb('texts').$type<PracticeTextsByLanguage>().notNull(),
		/** Where the practice is documented, by language (content practices). */
		source: jsonb('source').$type<Record<string, string>>(),
		countries: text('countries').array().notNull(),
		region: text('region').notNull(),
		populationBand: text('population_band').notNull(),
		domains: text('domains').array().notNull(),
		toolTypes: text('tool_types').array().notNull(),
		layers: text('layers').array().notNull(),
		costBand: text('cost_band'),
		maturityNeeded: text('maturity_needed').notNull(),
		risks: text('risks').array().notNull(),
		stakeholders: text('stakeholders').array().notNull(),
		periodFrom: integer('period_from'),
		periodTo: integer('period_to'),
		links: jsonb('links').$type<PracticeLink[]>().notNull(),
		contact: text('contact'),
		guideSteps: text('guide_steps').array().notNull(),
		evidenceLevel: evidenceLevelEnum('evidence_level').notNull(),
		/** The territory or organisation that contributed it, when one did. */
		territoryId: uuid('territory_id').references(() => territoriesTable.id, {
			onDelete: 'set null'
		}),
		contributorName: text('contributor_name'),
		/** The review that last published it; null for shipped content. */
		reviewId: uuid('review_id'),
		replicationCount: integer('replication_count').notNull().default(0),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('practices_territory_idx').on(table.territoryId)]
);

/**
 * What search reads: one row per practice and reader language, with the texts of that
 * language or, when the practice has no translation, of its original language. The text
 * indexes find the matching rows; the facets are copied here for the in-memory search
 * index (search-index.ts), which filters, counts and orders them. Long texts and text
 * vectors are stored out of line (migration 0006), so the heap a text search walks stays
 * narrow.
 */
export const practiceSearchTable = pgTable(
	'practice_search',
	{
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practicesTable.id, { onDelete: 'cascade' }),
		/** A compact number for the row, by which the in-memory search index knows it. */
		searchNo: integer('search_no').notNull().generatedAlwaysAsIdentity(),
		readerLanguage: text('reader_language').notNull(),
		textLanguage: text('text_language').notNull(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		place: text('place').notNull(),
		/** Lower-case title and place without accents, for typo-tolerant trigram matching. */
		label: text('label').notNull(),
		body: text('body').notNull(),
		/**
		 * Weighted by field (title and place, summary, the rest), stemmed in the text's
		 * language. A row shown in a language the practice is not written in also carries
		 * the reader's stemming, so a query typed in the reader's language finds it.
		 */
		document: tsvector('document').notNull().generatedAlwaysAs(sql.raw(documentExpression)),
		heading: tsvector('heading').notNull().generatedAlwaysAs(sql.raw(headingExpression)),
		languages: text('languages').array().notNull(),
		countries: text('countries').array().notNull(),
		region: text('region').notNull(),
		populationBand: text('population_band').notNull(),
		domains: text('domains').array().notNull(),
		toolTypes: text('tool_types').array().notNull(),
		costBand: text('cost_band'),
		risks: text('risks').array().notNull(),
		evidenceLevel: text('evidence_level').notNull(),
		replicationCount: integer('replication_count').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull()
	},
	(table) => [
		uniqueIndex('practice_search_key').on(table.readerLanguage, table.practiceId),
		uniqueIndex('practice_search_no_key').on(table.searchNo),
		index('practice_search_document_idx').using('gin', table.document),
		index('practice_search_heading_idx').using('gin', table.heading),
		index('practice_search_label_idx').using('gin', sql`${table.label} gin_trgm_ops`)
	]
);

/**
 * One row whose `version` a trigger on `practice_search` bumps at every change (migration
 * 0006), so that a process can tell whether its in-memory search index is current.
 */
export const practiceSearchStateTable = pgTable('practice_search_state', {
	id: integer('id').primaryKey().default(1),
	version: bigint('version', { mode: 'number' }).notNull().default(0)
});

/**
 * A proposal waiting for, or through, review: a new practice, an edit of a published one
 * (`practiceId` set) or a replication report on one. `data` holds the proposed fields as
 * validated by the kind's schema.
 */
export const contributionsTable = pgTable(
	'contributions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: contributionKind('kind').notNull(),
		practiceId: uuid('practice_id').references(() => practicesTable.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id').references(() => usersTable.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		speakingFor: speakingFor('speaking_for').notNull(),
		territoryId: uuid('territory_id').references(() => territoriesTable.id, {
			onDelete: 'cascade'
		}),
		organisationName: text('organisation_name'),
		status: contributionStatus('status').notNull().default('draft'),
		data: jsonb('data').$type<Record<string, unknown>>().notNull(),
		/** Bumped by every change, so two people editing at once cannot overwrite each other. */
		version: integer('version').notNull().default(1),
		reviewerId: uuid('reviewer_id').references(() => usersTable.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true })
	},
	(table) => [
		index('contributions_author_idx').on(table.authorId, table.updatedAt),
		index('contributions_status_idx').on(table.status, table.submittedAt),
		index('contributions_practice_idx').on(table.practiceId)
	]
);

/** A moderator's decision on a contribution, with the rubric filled in. */
export const reviewsTable = pgTable(
	'reviews',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		contributionId: uuid('contribution_id')
			.notNull()
			.references(() => contributionsTable.id, { onDelete: 'cascade' }),
		reviewerId: uuid('reviewer_id').references(() => usersTable.id, { onDelete: 'set null' }),
		reviewerName: text('reviewer_name').notNull(),
		scores: jsonb('scores').$type<ReviewScores>().notNull(),
		decision: reviewDecision('decision').notNull(),
		evidenceLevel: evidenceLevelEnum('evidence_level'),
		comment: text('comment').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('reviews_contribution_idx').on(table.contributionId, table.createdAt)]
);

/** A published account of a territory reusing a practice: what it changed and what it got. */
export const replicationReportsTable = pgTable(
	'replication_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practicesTable.id, { onDelete: 'cascade' }),
		territoryId: uuid('territory_id')
			.notNull()
			.references(() => territoriesTable.id, { onDelete: 'cascade' }),
		contributionId: uuid('contribution_id')
			.notNull()
			.unique()
			.references(() => contributionsTable.id, { onDelete: 'cascade' }),
		reviewId: uuid('review_id').references(() => reviewsTable.id, { onDelete: 'set null' }),
		territoryName: text('territory_name').notNull(),
		region: text('region').notNull(),
		country: text('country').notNull(),
		population: integer('population').notNull(),
		populationBand: text('population_band').notNull(),
		language: text('language').notNull(),
		/** The report's fields as contributed (adapted, cost, duration, results…). */
		report: jsonb('report').$type<Record<string, unknown>>().notNull(),
		recommend: recommendation('recommend').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('replication_reports_practice_idx').on(table.practiceId, table.publishedAt)]
);
