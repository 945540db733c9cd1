import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../../platform/db/client';
import type { BuiltUser } from '../../accounts/testing/factories';
import { contextFor } from '../../accounts/testing/factories';
import type { ContributorInput, replicationReportData } from '../contribution-input';
import type { ContributionRow } from '../contribution-queries';
import { createContribution } from '../create-contribution';
import type { practiceDraft as practiceDraftSchema, PracticeTexts } from '../practice-record';
import { reviewContribution } from '../review-contribution';
import { practicesTable } from '../schema';
import { rubricCriteria, type ReviewScores } from '../types';
import type { EvidenceLevel } from '../vocabulary';

export type PracticeDraftInput = z.input<typeof practiceDraftSchema>;
export type ReplicationReportInput = z.input<typeof replicationReportData>;

/** Texts of a practice in one language; `title` is what most tests change. */
export function practiceTexts(overrides: Partial<PracticeTexts> = {}): PracticeTexts {
	return {
		title: 'Solar streetlights maintained by neighbourhood cooperatives',
		summary: 'Residents keep the public lighting of their streets working, paid by the town.',
		place: 'Tamale, Ghana',
		body: 'The town pays **neighbourhood cooperatives** to maintain solar streetlights.\n\nA phone line lets residents report a broken lamp.',
		facts: ['400 streetlights maintained', 'Repairs within 48 hours'],
		lessons: '- Pay the cooperatives on results.',
		...overrides
	};
}

/** Valid `data` for a practice contribution, written in English and French. */
export function practiceDraft(overrides: Partial<PracticeDraftInput> = {}): PracticeDraftInput {
	return {
		originalLanguage: 'en',
		texts: {
			en: practiceTexts(),
			fr: practiceTexts({
				title: 'Des lampadaires solaires entretenus par des coopératives de quartier',
				summary:
					'Les habitants entretiennent l’éclairage public de leurs rues, payés par la ville.',
				body: 'La ville rémunère des **coopératives de quartier** pour entretenir les lampadaires solaires.',
				facts: ['400 lampadaires entretenus'],
				lessons: '- Payer les coopératives au résultat.'
			})
		},
		countries: ['GH'],
		region: 'sub-saharan-africa',
		populationBand: '100k-500k',
		domains: ['energy', 'b1'],
		toolTypes: ['sms'],
		layers: ['interfaces'],
		costBand: 'under-50k',
		maturityNeeded: 'starting',
		risks: ['financial-burden'],
		stakeholders: ['local-authority', 'community-organisations'],
		period: { from: 2019 },
		links: [{ url: 'https://example.org/streetlights', label: 'Project page' }],
		contact: 'lighting@example.org',
		...overrides
	};
}

/** Valid `data` for a replication report by a territory of about 45 000 people in Europe. */
export function replicationReport(
	overrides: Partial<ReplicationReportInput> = {}
): ReplicationReportInput {
	return {
		language: 'en',
		adapted: 'We used electric cargo bikes instead of scooters.',
		population: 45_000,
		region: 'europe',
		country: 'FR',
		costEuros: 120_000,
		durationMonths: 18,
		results: 'Plastic collected doubled in two years.',
		indicators: [{ name: 'Plastic collected', unit: 't/year', before: 40, after: 85 }],
		failures: 'The points scheme confused older residents at first.',
		recommend: 'with-changes',
		...overrides
	};
}

/** Every rubric criterion scored and commented, as publication requires. */
export function fullRubric(score = 3): ReviewScores {
	return Object.fromEntries(
		rubricCriteria.map((criterion) => [criterion, { score, comment: `Scored ${score}.` }])
	) as ReviewScores;
}

/**
 * A practice contribution submitted by `author` and published by `moderator` (full rubric),
 * through the real use cases; returns the contribution and the published practice's slug.
 */
export async function publishedContribution(
	db: DbOrTx,
	options: {
		author: Pick<BuiltUser, 'actor'>;
		moderator: Pick<BuiltUser, 'actor'>;
		data?: PracticeDraftInput;
		contributor?: ContributorInput;
		evidenceLevel?: EvidenceLevel;
	}
): Promise<{ contribution: ContributionRow; slug: string }> {
	const submitted = await createContribution(contextFor(db, options.author.actor), {
		kind: 'practice',
		contributor: options.contributor ?? { speakingFor: 'self' },
		data: options.data ?? practiceDraft(),
		submit: true
	});
	const contribution = await reviewContribution(contextFor(db, options.moderator.actor), {
		contributionId: submitted.id,
		decision: 'publish',
		scores: fullRubric(),
		evidenceLevel: options.evidenceLevel ?? 'peer-reviewed',
		comment: 'Clear and well documented.'
	});
	if (!contribution.practiceId) {
		throw new Error('publishedContribution: the contribution names no practice');
	}
	const [practice] = await db
		.select({ slug: practicesTable.slug })
		.from(practicesTable)
		.where(eq(practicesTable.id, contribution.practiceId));
	if (!practice) {
		throw new Error('publishedContribution: the published practice is missing');
	}
	return { contribution, slug: practice.slug };
}
