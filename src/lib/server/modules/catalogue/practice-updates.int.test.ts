import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import type { ContributionRow } from './contribution-queries';
import { createContribution } from './create-contribution';
import { getPractice } from './get-practice';
import { reviewContribution } from './review-contribution';
import { searchPractices } from './search-practices';
import { startReview } from './start-review';
import {
	fullRubric,
	practiceDraft,
	practiceTexts,
	publishedContribution,
	replicationReport
} from './testing/factories';
import { useCatalogueWorkflow } from './testing/workflow-fixture';
import { updateContribution } from './update-contribution';

const workflow = useCatalogueWorkflow();
const {
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
} = workflow;

describe('editing a published practice', () => {
	let slug: string;
	let practiceId: string;
	const oldTitle = 'Street markets mapped by their traders';
	const newTitle = 'Street markets mapped by their traders with moonlit surveys';

	it('keeps the published version visible until the edit is published', async () => {
		const published = await publishedContribution(workflow.database.db, {
			author: people.author,
			moderator: people.moderator,
			data: practiceDraft({ texts: { en: practiceTexts({ title: oldTitle }) } })
		});
		slug = published.slug;
		practiceId = published.contribution.practiceId ?? '';
		const edit = await createContribution(ctx('contributor'), {
			kind: 'practice',
			practice: slug,
			contributor: { speakingFor: 'territory', territory: workflow.territory.slug },
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
				territory: (who === 'contributor' ? workflow.territory : workflow.otherTerritory).slug
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
					contributor: { speakingFor: 'territory', territory: workflow.territory.slug },
					data: replicationReport()
				})
			)
		).toBe(403);
	});

	it('shows a report on the practice and counts it once published', async () => {
		const first = await report('contributor');
		expect(first).toMatchObject({ kind: 'replication', territoryId: workflow.territory.id });
		const before = await getPractice(visitor(), { slug: practice });
		expect(before.practice.replicationCount).toBe(0);
		expect(before.replications).toEqual([]);
		expect(before.review, 'shipped practices were not reviewed here').toBeNull();

		expect((await publish(first)).status).toBe('published');
		const after = await getPractice(visitor(), { slug: practice });
		expect(after.practice.replicationCount).toBe(1);
		expect(after.replications).toHaveLength(1);
		expect(after.replications[0]).toMatchObject({
			territoryId: workflow.territory.id,
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
				contributor: { speakingFor, territory: workflow.territory.slug },
				data: replicationReport({ population: 60_000 }),
				submit: true
			});
		expect(await failure(resubmit('self'))).toEqual({
			status: 400,
			fields: { speakingFor: 'catalogue_error_replication_territory' }
		});
		const third = await resubmit('territory');
		expect(third).toMatchObject({ status: 'submitted', territoryId: workflow.territory.id });
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
		const { slug } = await publishedContribution(workflow.database.db, {
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
