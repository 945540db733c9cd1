import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase } from '../../../../../../tests/support/test-database';
import { anonymous } from '../../../platform/actor';
import { auditEntriesTable } from '../../../platform/audit/schema';
import type { Database } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { translate } from '../../../platform/i18n/messages';
import { outboxMessagesTable } from '../../../platform/mail/schema';
import { buildUser, contextFor, type BuiltUser } from '../../accounts/testing/factories';
import { startGuideContent } from '../../guide/content';
import type { TerritoryRow } from '../../territories/queries';
import { addMember, buildTerritory } from '../../territories/testing/factories';
import type { ContributionRow } from '../contribution-queries';
import { getPractice } from '../get-practice';
import { loadPractices } from '../load-practices';
import { practicesTable } from '../schema';
import { searchPractices } from '../search-practices';
import { syncContentPractices } from '../sync-content-practices';

const roles = [
	'author',
	'frenchAuthor',
	'moderator',
	'admin',
	'contributor',
	'otherContributor',
	'viewer',
	'stranger'
] as const;

/**
 * The world the catalogue workflow tests share, split over several `*.int.test.ts` files to
 * keep each under the size limit: a fresh database per file holding the shipped practices,
 * one user per role, and two territories (Tourcoing, where `contributor` contributes and
 * `viewer` views; Saint-Louis, where `otherContributor` edits). Call it once at the top
 * of a test file: it registers the `beforeAll`/`afterAll` hooks that build and drop it.
 *
 * `database`, `territory` and `otherTerritory` only exist once `beforeAll` has run, so read
 * them through the returned object (`workflow.territory.slug`) inside tests; destructuring
 * them at the top of the file would capture `undefined`. `people` is filled in place.
 */
export function useCatalogueWorkflow() {
	let database: Database;
	let territory: TerritoryRow;
	let otherTerritory: TerritoryRow;
	const people = {} as Record<(typeof roles)[number], BuiltUser>;

	const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);
	const visitor = () => contextFor(database.db, anonymous);

	/** The status and field messages of a use case that must fail with an AppError. */
	async function failure(
		promise: Promise<unknown>
	): Promise<{ status: number; fields: Record<string, string> }> {
		try {
			await promise;
		} catch (error) {
			if (error instanceof AppError) {
				return { status: error.status, fields: error.fields ?? {} };
			}
			throw error;
		}
		throw new Error('expected the use case to fail');
	}

	const mailsTo = (who: keyof typeof people) =>
		database.db
			.select()
			.from(outboxMessagesTable)
			.where(eq(outboxMessagesTable.to, people[who].user.email))
			.orderBy(asc(outboxMessagesTable.createdAt));

	const auditActions = async (contribution: ContributionRow) =>
		(
			await database.db
				.select({ action: auditEntriesTable.action })
				.from(auditEntriesTable)
				.where(eq(auditEntriesTable.targetId, contribution.id))
				.orderBy(asc(auditEntriesTable.id))
		).map((row) => row.action);

	/** The subject the author of a decision gets (message ids use `_` where decisions use `-`). */
	const mailSubject = (decision: 'publish' | 'request-changes' | 'reject', locale: 'en' | 'fr') =>
		translate(`catalogue_mail_subject_${decision.replace('-', '_')}`, {}, locale);

	const practiceCount = async () => (await database.db.select().from(practicesTable)).length;

	const titleOf = async (slug: string, lang: 'en' | 'fr' = 'en') =>
		(await getPractice(visitor(), { slug, lang })).texts.title;

	const found = async (lang: 'en' | 'fr', q: string) =>
		(await searchPractices(visitor(), { lang, q })).items.map((item) => item.slug);

	beforeAll(async () => {
		const { methods } = await startGuideContent('content');
		const { practices } = await loadPractices('content', methods);
		database = await createTestDatabase();
		await syncContentPractices(database.db, practices);
		for (const role of roles) {
			people[role] = await buildUser(database.db, {
				locale: role === 'frenchAuthor' ? 'fr' : 'en',
				platformRole: role === 'moderator' ? 'moderator' : role === 'admin' ? 'admin' : null
			});
		}
		territory = await buildTerritory(database.db, { name: 'Tourcoing' });
		otherTerritory = await buildTerritory(database.db, { name: 'Saint-Louis', country: 'SN' });
		await addMember(database.db, {
			territory,
			userId: people.contributor.user.id,
			role: 'contributor'
		});
		await addMember(database.db, { territory, userId: people.viewer.user.id, role: 'viewer' });
		await addMember(database.db, {
			territory: otherTerritory,
			userId: people.otherContributor.user.id,
			role: 'editor'
		});
	});

	afterAll(async () => {
		await database.close();
	});

	return {
		get database() {
			return database;
		},
		get territory() {
			return territory;
		},
		get otherTerritory() {
			return otherTerritory;
		},
		people,
		ctx,
		visitor,
		failure,
		mailsTo,
		auditActions,
		mailSubject,
		practiceCount,
		titleOf,
		found
	};
}
