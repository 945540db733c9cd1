import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { hasMessage } from '../../platform/i18n/messages';
import type { ContributionRow } from './contribution-queries';
import { createContribution } from './create-contribution';
import { getPractice } from './get-practice';
import { getContribution, listMyContributions, listReviewQueue } from './list-contributions';
import { reviewContribution } from './review-contribution';
import { practicesTable } from './schema';
import { searchPractices } from './search-practices';
import { startReview } from './start-review';
import { fullRubric, practiceDraft, practiceTexts } from './testing/factories';
import { useCatalogueWorkflow } from './testing/workflow-fixture';
import { rubricCriteria } from './types';
import { updateContribution } from './update-contribution';

const workflow = useCatalogueWorkflow();
const { people, ctx, visitor, failure, mailsTo, auditActions, mailSubject, practiceCount, found } =
	workflow;

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
		const [practice] = await workflow.database.db
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
