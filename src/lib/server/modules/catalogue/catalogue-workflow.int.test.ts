import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { hasMessage, translate } from '../../platform/i18n/messages';
import { outboxMessagesTable } from '../../platform/mail/schema';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import { startGuideContent } from '../guide/content';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import type { ContributionRow } from './contribution-queries';
import { createContribution, type CreateContributionInput } from './create-contribution';
import { getPractice } from './get-practice';
import { getContribution, listMyContributions, listReviewQueue } from './list-contributions';
import { loadPractices } from './load-practices';
import { reviewContribution } from './review-contribution';
import { practicesTable } from './schema';
import { searchPractices } from './search-practices';
import { startReview } from './start-review';
import { syncContentPractices } from './sync-content-practices';
import {
	fullRubric,
	practiceDraft,
	practiceTexts,
	publishedContribution,
	replicationReport
} from './testing/factories';
import { rubricCriteria } from './types';
import { updateContribution } from './update-contribution';

let database: Database;
let territory: TerritoryRow;
let otherTerritory: TerritoryRow;
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

describe('proposing a contribution', () => {
	const proposal = (overrides: Partial<CreateContributionInput> = {}): CreateContributionInput => ({
		kind: 'practice',
		contributor: { speakingFor: 'self' },
		data: practiceDraft(),
		...overrides
	});

	it('refuses visitors with 401', async () => {
		expect(await statusOf(createContribution(visitor(), proposal()))).toBe(401);
		expect(await statusOf(listMyContributions(visitor()))).toBe(401);
		expect(await statusOf(listReviewQueue(visitor()))).toBe(401);
	});

	it('refuses speaking for a territory one does not contribute to with 403', async () => {
		const forTerritory = proposal({
			contributor: { speakingFor: 'territory', territory: territory.slug }
		});
		expect(await statusOf(createContribution(ctx('viewer'), forTerritory))).toBe(403);
		expect(await statusOf(createContribution(ctx('stranger'), forTerritory))).toBe(403);
		expect(
			await failure(
				createContribution(
					ctx('contributor'),
					proposal({ contributor: { speakingFor: 'territory', territory: 'no-such-territory' } })
				)
			)
		).toEqual({ status: 400, fields: { territory: 'catalogue_error_territory' } });
	});

	it('refuses malformed data with 400 naming the fields', async () => {
		const { title: _title, ...untitled } = practiceTexts();
		const bad = await failure(
			createContribution(
				ctx('author'),
				proposal({
					data: { ...practiceDraft(), texts: { en: untitled }, countries: [], region: 'mars' }
				})
			)
		);
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.fields)).toEqual(
			expect.arrayContaining(['texts.en.title', 'countries', 'region'])
		);
		const noOriginal = await failure(
			createContribution(
				ctx('author'),
				proposal({ data: practiceDraft({ originalLanguage: 'pt' }) })
			)
		);
		expect(noOriginal).toEqual({
			status: 400,
			fields: { texts: 'catalogue_error_original_texts' }
		});
		const hostileLink = await failure(
			createContribution(
				ctx('author'),
				proposal({ data: practiceDraft({ links: [{ url: 'javascript:alert(1)' }] }) })
			)
		);
		expect(hostileLink).toEqual({
			status: 400,
			fields: { 'links.0.url': 'catalogue_error_url' }
		});
		expect(
			await statusOf(
				createContribution(
					ctx('author'),
					proposal({ data: practiceDraft({ links: [{ url: 'https://localhost/x' }] }) })
				)
			)
		).toBe(400);
		expect(
			await failure(
				createContribution(ctx('author'), proposal({ contributor: { speakingFor: 'company' } }))
			)
		).toEqual({ status: 400, fields: { 'contributor.organisationName': 'validation_required' } });
		expect(await listMyContributions(ctx('author'))).toEqual([]);
	});

	it('refuses a replication report not made for a territory (400) or on no known practice (404)', async () => {
		const replication = (overrides: Partial<CreateContributionInput>) =>
			createContribution(
				ctx('contributor'),
				proposal({
					kind: 'replication',
					practice: 'lagos-wecyclers',
					contributor: { speakingFor: 'territory', territory: territory.slug },
					data: replicationReport(),
					...overrides
				})
			);
		expect(await failure(replication({ contributor: { speakingFor: 'self' } }))).toEqual({
			status: 400,
			fields: { speakingFor: 'catalogue_error_replication_territory' }
		});
		expect(await failure(replication({ contributor: { speakingFor: 'territory' } }))).toMatchObject(
			{ status: 400, fields: { 'contributor.territory': 'validation_required' } }
		);
		expect(await statusOf(replication({ practice: 'no-such-practice' }))).toBe(404);
		expect(await failure(replication({ practice: undefined }))).toEqual({
			status: 400,
			fields: { practice: 'validation_required' }
		});
		expect(
			await failure(replication({ data: replicationReport({ population: 0, country: 'XX' }) }))
		).toMatchObject({ status: 400, fields: { population: 'validation_invalid' } });
		expect(await listMyContributions(ctx('contributor'))).toEqual([]);
	});
});

describe('from draft to published', () => {
	let contribution: ContributionRow;
	let slug: string;
	const titles = {
		first: 'Des lampadaires solaires entretenus par des coopératives de quartier',
		edited: 'Des lampadaires solaires réparés par des coopératives de quartier',
		final: 'Des lampadaires solaires réparés et suivis par des coopératives de quartier'
	};
	const draftTitled = (title: string) =>
		practiceDraft({
			originalLanguage: 'fr',
			texts: {
				fr: practiceTexts({
					title,
					place: 'Tamale, Ghana',
					summary: 'Un éclairage public fiable.'
				}),
				en: practiceTexts()
			}
		});
	const contributor = {
		speakingFor: 'community-group',
		organisationName: 'Amis de Tamale'
	} as const;
	const review = (overrides: Partial<Parameters<typeof reviewContribution>[1]> = {}) =>
		reviewContribution(ctx('moderator'), {
			contributionId: contribution.id,
			decision: 'publish',
			scores: fullRubric(),
			evidenceLevel: 'peer-reviewed',
			comment: 'Bien documenté.',
			...overrides
		});

	it('keeps a draft visible to its author only', async () => {
		contribution = await createContribution(ctx('frenchAuthor'), {
			kind: 'practice',
			contributor,
			data: draftTitled(titles.first)
		});
		expect(contribution).toMatchObject({ status: 'draft', version: 1, submittedAt: null });
		expect((await getContribution(ctx('frenchAuthor'), { id: contribution.id })).reviews).toEqual(
			[]
		);
		expect(await statusOf(getContribution(visitor(), { id: contribution.id }))).toBe(401);
		expect(await statusOf(getContribution(ctx('moderator'), { id: contribution.id }))).toBe(404);
		expect(await statusOf(getContribution(ctx('stranger'), { id: contribution.id }))).toBe(404);
		expect(await statusOf(startReview(ctx('moderator'), { id: contribution.id }))).toBe(404);
		expect(await statusOf(review())).toBe(404);
		expect(await statusOf(getContribution(ctx('author'), { id: 'not-a-uuid' }))).toBe(404);
		expect((await listReviewQueue(ctx('moderator'))).map((c) => c.id)).not.toContain(
			contribution.id
		);
	});

	it('lets the author edit the draft, refusing a stale version (409) and others (404)', async () => {
		const edit = (who: keyof typeof people, baseVersion: number, submit = false) =>
			updateContribution(ctx(who), {
				id: contribution.id,
				baseVersion,
				contributor,
				data: draftTitled(titles.edited),
				submit
			});
		expect(await statusOf(edit('stranger', 1))).toBe(404);
		expect(await statusOf(edit('moderator', 1))).toBe(404);
		expect(
			await failure(
				updateContribution(ctx('frenchAuthor'), {
					id: contribution.id,
					baseVersion: 1,
					contributor,
					data: { ...draftTitled(titles.edited), countries: ['XX'] }
				})
			)
		).toEqual({ status: 400, fields: { 'countries.0': 'territories_error_country' } });
		contribution = await edit('frenchAuthor', 1);
		expect(contribution).toMatchObject({ status: 'draft', version: 2 });
		expect(await statusOf(edit('frenchAuthor', 1))).toBe(409);
		contribution = await edit('frenchAuthor', 2, true);
		expect(contribution).toMatchObject({ status: 'submitted', version: 3 });
		expect(contribution.submittedAt).toBeInstanceOf(Date);
		expect(await statusOf(edit('frenchAuthor', 3))).toBe(403);
	});

	it('shows a submitted contribution to moderators, never to strangers', async () => {
		expect((await getContribution(ctx('moderator'), { id: contribution.id })).contribution.id).toBe(
			contribution.id
		);
		expect(await statusOf(getContribution(ctx('stranger'), { id: contribution.id }))).toBe(404);
		expect((await listReviewQueue(ctx('moderator'))).map((c) => c.id)).toContain(contribution.id);
		expect(await statusOf(listReviewQueue(ctx('frenchAuthor')))).toBe(403);
		expect((await listMyContributions(ctx('frenchAuthor'))).map((c) => c.id)).toEqual([
			contribution.id
		]);
	});

	it('lets only moderators other than the author start a review', async () => {
		expect(await statusOf(startReview(ctx('frenchAuthor'), { id: contribution.id }))).toBe(403);
		expect(await statusOf(startReview(ctx('stranger'), { id: contribution.id }))).toBe(404);
		expect(
			await statusOf(
				reviewContribution(ctx('frenchAuthor'), {
					contributionId: contribution.id,
					decision: 'publish',
					scores: fullRubric(),
					evidenceLevel: 'peer-reviewed',
					comment: 'Mine is perfect.'
				})
			)
		).toBe(403);
		contribution = await startReview(ctx('moderator'), { id: contribution.id });
		expect(contribution).toMatchObject({
			status: 'in-review',
			reviewerId: people.moderator.user.id
		});
		expect(await statusOf(startReview(ctx('admin'), { id: contribution.id }))).toBe(409);
	});

	it('refuses a moderator reviewing their own contribution (403)', async () => {
		const own = await createContribution(ctx('admin'), {
			kind: 'practice',
			contributor: { speakingFor: 'self' },
			data: practiceDraft({ texts: { en: practiceTexts({ title: 'An admin’s own practice' }) } }),
			submit: true
		});
		expect(await statusOf(startReview(ctx('admin'), { id: own.id }))).toBe(403);
		expect(
			await statusOf(
				reviewContribution(ctx('admin'), {
					contributionId: own.id,
					decision: 'publish',
					scores: fullRubric(4),
					evidenceLevel: 'independently-verified',
					comment: 'Self-approved.'
				})
			)
		).toBe(403);
		expect((await startReview(ctx('moderator'), { id: own.id })).status).toBe('in-review');
	});

	it('refuses to publish without the full rubric and an evidence level (400)', async () => {
		const { completeness: _completeness, ...partial } = fullRubric();
		expect(await failure(review({ scores: partial }))).toEqual({
			status: 400,
			fields: { 'scores.completeness.score': 'catalogue_error_rubric_required' }
		});
		const noScores = await failure(review({ scores: {}, evidenceLevel: undefined }));
		expect(noScores.status).toBe(400);
		expect(Object.keys(noScores.fields).sort()).toEqual(
			[...rubricCriteria.map((c) => `scores.${c}.score`), 'evidenceLevel'].sort()
		);
		expect(
			await failure(
				review({ scores: { ...fullRubric(), relevance: { score: 1, comment: 'Off topic.' } } })
			)
		).toEqual({
			status: 400,
			fields: { 'scores.relevance.score': 'catalogue_error_rubric_minimum' }
		});
		expect(await failure(review({ evidenceLevel: undefined }))).toEqual({
			status: 400,
			fields: { evidenceLevel: 'validation_required' }
		});
		expect(
			await statusOf(review({ scores: { ...fullRubric(), relevance: { score: 5, comment: 'x' } } }))
		).toBe(400);
		expect(await statusOf(review({ comment: '   ' }))).toBe(400);
		expect(
			await statusOf(
				reviewContribution(ctx('moderator'), {
					contributionId: 'not-a-uuid',
					decision: 'reject',
					comment: 'No.'
				})
			)
		).toBe(400);
		// Nothing was recorded by the refused decisions.
		expect((await getContribution(ctx('moderator'), { id: contribution.id })).reviews).toEqual([]);
		expect(await mailsTo('frenchAuthor')).toEqual([]);
	});

	it('asks the author for changes, who edits and submits again', async () => {
		contribution = await review({
			decision: 'request-changes',
			scores: {},
			evidenceLevel: undefined,
			comment: 'Ajoutez le coût.'
		});
		expect(contribution).toMatchObject({ status: 'changes-requested', practiceId: null });
		const view = await getContribution(ctx('frenchAuthor'), { id: contribution.id });
		expect(view.reviews.map((r) => [r.decision, r.comment])).toEqual([
			['request-changes', 'Ajoutez le coût.']
		]);
		expect(await statusOf(review())).toBe(403);
		const resubmit = (baseVersion: number) =>
			updateContribution(ctx('frenchAuthor'), {
				id: contribution.id,
				baseVersion,
				contributor,
				data: { ...draftTitled(titles.final), costBand: '50k-500k' },
				submit: true
			});
		expect(await statusOf(resubmit(2))).toBe(409);
		contribution = await resubmit(3);
		expect(contribution).toMatchObject({ status: 'submitted', version: 4 });
		expect(await statusOf(getPractice(visitor(), { slug: 'des-lampadaires-solaires' }))).toBe(404);
	});

	it('publishes the practice with its review and evidence level', async () => {
		contribution = await startReview(ctx('moderator'), { id: contribution.id });
		const before = await practiceCount();
		contribution = await review({ scores: fullRubric(3), comment: 'Publié, merci.' });
		expect(contribution.status).toBe('published');
		expect(await practiceCount()).toBe(before + 1);
		const [practice] = await database.db
			.select()
			.from(practicesTable)
			.where(eq(practicesTable.id, contribution.practiceId ?? ''));
		slug = practice?.slug ?? '';
		// Named after the title in its original language, as last submitted.
		expect(slug).toMatch(/^des-lampadaires-solaires-repares-et-suivis-/);

		const page = await getPractice(visitor(), { slug, lang: 'fr' });
		expect(page.texts.title).toBe(titles.final);
		expect(page).toMatchObject({ translated: true, textLanguage: 'fr', languages: ['fr', 'en'] });
		expect(page.practice).toMatchObject({
			origin: 'contribution',
			evidenceLevel: 'peer-reviewed',
			costBand: '50k-500k',
			contributorName: 'Amis de Tamale',
			replicationCount: 0
		});
		expect(page.review).toMatchObject({
			reviewerName: people.moderator.user.displayName,
			scores: fullRubric(3)
		});
		expect(page.replications).toEqual([]);
		expect((await getPractice(visitor(), { slug, lang: 'en' })).texts.title).toBe(
			practiceTexts().title
		);

		const french = await searchPractices(visitor(), { lang: 'fr', q: 'lampadaires réparés' });
		expect(french.items[0]).toMatchObject({
			slug,
			textLanguage: 'fr',
			evidenceLevel: 'peer-reviewed'
		});
		expect((await found('en', 'solar streetlights cooperatives'))[0]).toBe(slug);
		const newest = await searchPractices(visitor(), { sort: 'newest' });
		expect(newest.items[0]?.slug).toBe(slug);
	});

	it('closes the contribution once published', async () => {
		expect(
			await statusOf(
				updateContribution(ctx('frenchAuthor'), {
					id: contribution.id,
					baseVersion: 4,
					contributor,
					data: draftTitled(titles.final)
				})
			)
		).toBe(403);
		expect(await statusOf(review({ decision: 'reject' }))).toBe(403);
		expect(await statusOf(startReview(ctx('moderator'), { id: contribution.id }))).toBe(403);
		const view = await getContribution(ctx('frenchAuthor'), { id: contribution.id });
		expect(view.practice?.slug).toBe(slug);
		expect(view.reviews.map((r) => r.decision)).toEqual(['publish', 'request-changes']);
	});

	it('records every step in the audit trail', async () => {
		expect(await auditActions(contribution)).toEqual([
			'catalogue.create-contribution',
			'catalogue.update-contribution',
			'catalogue.update-contribution',
			'catalogue.start-review',
			'catalogue.review-contribution',
			'catalogue.update-contribution',
			'catalogue.start-review',
			'catalogue.review-contribution'
		]);
	});

	it('mails the author each decision, in the author’s language', async () => {
		const mails = await mailsTo('frenchAuthor');
		expect(mails.map((mail) => mail.subject)).toEqual([
			mailSubject('request-changes', 'fr'),
			mailSubject('publish', 'fr')
		]);
		expect(hasMessage('catalogue_mail_subject_publish')).toBe(true);
		expect(mails[1]?.subject).toBe('Votre contribution est publiée');
		expect(mails[1]?.subject).not.toBe(mailSubject('publish', 'en'));
		expect(mails[0]?.text).toContain('Ajoutez le coût.');
		expect(mails[1]?.text).toContain('Publié, merci.');
		expect(mails[1]?.text).toContain(contribution.id);
		expect(mails[1]?.text).toContain(titles.final);
	});
});

describe('editing a published practice', () => {
	let slug: string;
	let practiceId: string;
	const oldTitle = 'Street markets mapped by their traders';
	const newTitle = 'Street markets mapped by their traders with moonlit surveys';

	it('keeps the published version visible until the edit is published', async () => {
		const published = await publishedContribution(database.db, {
			author: people.author,
			moderator: people.moderator,
			data: practiceDraft({ texts: { en: practiceTexts({ title: oldTitle }) } })
		});
		slug = published.slug;
		practiceId = published.contribution.practiceId ?? '';
		const edit = await createContribution(ctx('contributor'), {
			kind: 'practice',
			practice: slug,
			contributor: { speakingFor: 'territory', territory: territory.slug },
			data: practiceDraft({ texts: { en: practiceTexts({ title: newTitle }) } }),
			submit: true
		});
		expect(edit).toMatchObject({ status: 'submitted', practiceId });
		expect(await titleOf(slug)).toBe(oldTitle);
		await startReview(ctx('admin'), { id: edit.id });
		expect(await titleOf(slug)).toBe(oldTitle);
		expect(await found('en', 'moonlit')).toEqual([]);

		const before = await practiceCount();
		await reviewContribution(ctx('admin'), {
			contributionId: edit.id,
			decision: 'publish',
			scores: fullRubric(4),
			evidenceLevel: 'independently-verified',
			comment: 'Better.'
		});
		expect(await practiceCount()).toBe(before);
		const page = await getPractice(visitor(), { slug });
		expect(page.practice).toMatchObject({
			id: practiceId,
			slug,
			evidenceLevel: 'independently-verified'
		});
		expect(page.texts.title).toBe(newTitle);
		expect(page.review).toMatchObject({
			reviewerName: people.admin.user.displayName,
			scores: fullRubric(4)
		});
		expect(await found('en', 'moonlit')).toEqual([slug]);
	});
});

describe('rejecting a contribution', () => {
	it('publishes nothing and tells the author', async () => {
		const title = 'A practice the moderators turn down';
		const submitted = await createContribution(ctx('author'), {
			kind: 'practice',
			contributor: { speakingFor: 'self' },
			data: practiceDraft({ texts: { en: practiceTexts({ title }) } }),
			submit: true
		});
		const mailsBefore = (await mailsTo('author')).length;
		const before = await practiceCount();
		const rejected = await reviewContribution(ctx('moderator'), {
			contributionId: submitted.id,
			decision: 'reject',
			comment: 'Out of scope for the catalogue.'
		});
		expect(rejected).toMatchObject({ status: 'rejected', practiceId: null });
		expect(await practiceCount()).toBe(before);
		expect(await found('en', 'moderators turn down')).toEqual([]);
		const mails = await mailsTo('author');
		expect(mails).toHaveLength(mailsBefore + 1);
		expect(mails.at(-1)?.subject).toBe(mailSubject('reject', 'en'));
		expect(mails.at(-1)?.text).toContain('Out of scope for the catalogue.');
		expect(
			await statusOf(
				updateContribution(ctx('author'), {
					id: submitted.id,
					baseVersion: submitted.version,
					contributor: { speakingFor: 'self' },
					data: practiceDraft(),
					submit: true
				})
			)
		).toBe(403);
		expect(await auditActions(rejected)).toEqual([
			'catalogue.create-contribution',
			'catalogue.review-contribution'
		]);
	});
});

describe('replication reports', () => {
	const practice = 'lagos-wecyclers';
	const report = (
		who: 'contributor' | 'otherContributor',
		data = replicationReport(),
		submit = true
	) =>
		createContribution(ctx(who), {
			kind: 'replication',
			practice,
			contributor: {
				speakingFor: 'territory',
				territory: (who === 'contributor' ? territory : otherTerritory).slug
			},
			data,
			submit
		});
	const publish = (contribution: ContributionRow) =>
		reviewContribution(ctx('moderator'), {
			contributionId: contribution.id,
			decision: 'publish',
			scores: fullRubric(),
			comment: 'Useful for the next territory.'
		});

	it('refuses a report from a territory’s viewer (403)', async () => {
		expect(
			await statusOf(
				createContribution(ctx('viewer'), {
					kind: 'replication',
					practice,
					contributor: { speakingFor: 'territory', territory: territory.slug },
					data: replicationReport()
				})
			)
		).toBe(403);
	});

	it('shows a report on the practice and counts it once published', async () => {
		const first = await report('contributor');
		expect(first).toMatchObject({ kind: 'replication', territoryId: territory.id });
		const before = await getPractice(visitor(), { slug: practice });
		expect(before.practice.replicationCount).toBe(0);
		expect(before.replications).toEqual([]);
		expect(before.review, 'shipped practices were not reviewed here').toBeNull();

		expect((await publish(first)).status).toBe('published');
		const after = await getPractice(visitor(), { slug: practice });
		expect(after.practice.replicationCount).toBe(1);
		expect(after.replications).toHaveLength(1);
		expect(after.replications[0]).toMatchObject({
			territoryId: territory.id,
			territoryName: 'Tourcoing',
			region: 'europe',
			country: 'FR',
			population: 45_000,
			populationBand: '20k-100k',
			recommend: 'with-changes',
			language: 'en'
		});
		expect(after.replications[0]?.report).toMatchObject({
			adapted: replicationReport().adapted,
			costEuros: 120_000
		});
		expect(after.replicationsBy).toEqual({
			region: [{ value: 'europe', count: 1 }],
			populationBand: [{ value: '20k-100k', count: 1 }]
		});
		// A published report leaves the practice itself, and its evidence level, unchanged.
		expect(after.practice.evidenceLevel).toBe('peer-reviewed');
		expect(after.texts.title).toBe(before.texts.title);

		const replicated = await searchPractices(visitor(), { sort: 'replicated' });
		expect(replicated.items[0]).toMatchObject({ slug: practice, replicationCount: 1 });
		const french = await searchPractices(visitor(), { lang: 'fr', sort: 'replicated' });
		expect(french.items[0]?.slug).toBe(practice);
	});

	it('tallies reports by region and population band', async () => {
		const second = await report(
			'otherContributor',
			replicationReport({
				region: 'sub-saharan-africa',
				country: 'SN',
				population: 250_000,
				language: 'fr'
			})
		);
		const draft = await report('contributor', replicationReport({ population: 60_000 }), false);
		const resubmit = (speakingFor: 'self' | 'territory') =>
			updateContribution(ctx('contributor'), {
				id: draft.id,
				baseVersion: draft.version,
				contributor: { speakingFor, territory: territory.slug },
				data: replicationReport({ population: 60_000 }),
				submit: true
			});
		expect(await failure(resubmit('self'))).toEqual({
			status: 400,
			fields: { speakingFor: 'catalogue_error_replication_territory' }
		});
		const third = await resubmit('territory');
		expect(third).toMatchObject({ status: 'submitted', territoryId: territory.id });
		await publish(second);
		await publish(third);
		const page = await getPractice(visitor(), { slug: practice });
		expect(page.practice.replicationCount).toBe(3);
		expect(page.replications).toHaveLength(3);
		expect(page.replicationsBy.region).toEqual([
			{ value: 'europe', count: 2 },
			{ value: 'sub-saharan-africa', count: 1 }
		]);
		expect(page.replicationsBy.populationBand).toEqual([
			{ value: '20k-100k', count: 2 },
			{ value: '100k-500k', count: 1 }
		]);
		expect(
			(await searchPractices(visitor(), { sort: 'replicated' })).items[0]?.replicationCount
		).toBe(3);
	});
});

describe('a practice written in one language only', () => {
	it('is found and shown in its original language to readers of another', async () => {
		const { slug } = await publishedContribution(database.db, {
			author: people.author,
			moderator: people.admin,
			evidenceLevel: 'self-declared',
			data: practiceDraft({
				originalLanguage: 'en',
				texts: {
					en: practiceTexts({
						title: 'Rainwater harvesting tanks on school roofs',
						place: 'Kisumu, Kenya'
					})
				}
			})
		});
		const french = await searchPractices(visitor(), { lang: 'fr', q: 'rainwater' });
		expect(french.items.map((item) => [item.slug, item.textLanguage])).toEqual([[slug, 'en']]);
		expect(french.items[0]?.languages).toEqual(['en']);
		expect(await found('en', 'rainwater harvesting')).toEqual([slug]);

		const page = await getPractice(visitor(), { slug, lang: 'fr' });
		expect(page).toMatchObject({ translated: false, textLanguage: 'en', languages: ['en'] });
		expect(page.texts.title).toBe('Rainwater harvesting tanks on school roofs');
		expect((await getPractice(visitor(), { slug, lang: 'en' })).translated).toBe(true);
		const onlyFrench = await searchPractices(visitor(), { lang: 'fr', language: ['fr'] });
		expect(onlyFrench.items.map((item) => item.slug)).not.toContain(slug);
	});
});
