import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createContribution, type CreateContributionInput } from './create-contribution';
import { listMyContributions, listReviewQueue } from './list-contributions';
import { practiceDraft, practiceTexts, replicationReport } from './testing/factories';
import { useCatalogueWorkflow } from './testing/workflow-fixture';

const workflow = useCatalogueWorkflow();
const { ctx, visitor, failure } = workflow;

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
			contributor: { speakingFor: 'territory', territory: workflow.territory.slug }
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
					contributor: { speakingFor: 'territory', territory: workflow.territory.slug },
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
