import { z } from 'zod';
import { limits, slug, uuid } from '../../platform/validation';
import { countryCode, practiceDraft, practiceLanguage } from './practice-record';
import { contributionKind, recommendation, speakingFor } from './schema';
import { evidenceLevels, regions } from './vocabulary';
import { rubricCriteria, rubricScale } from './types';

const noNul = (value: string): boolean => !value.includes('\u0000');
const prose = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'validation_required' })
		.max(max, { message: 'validation_too_long' })
		.refine(noNul, { message: 'validation_invalid_characters' });
const optionalProse = (max: number) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		prose(max).optional()
	);

/** Who the contributor speaks for: themselves, a territory they belong to, or an organisation. */
export const contributorInput = z
	.object({
		speakingFor: z.enum(speakingFor.enumValues),
		territory: slug.optional(),
		organisationName: optionalProse(limits.name)
	})
	.superRefine((value, issues) => {
		if (value.speakingFor === 'territory' && !value.territory) {
			issues.addIssue({ code: 'custom', path: ['territory'], message: 'validation_required' });
		}
		if (
			(value.speakingFor === 'company' || value.speakingFor === 'community-group') &&
			!value.organisationName
		) {
			issues.addIssue({
				code: 'custom',
				path: ['organisationName'],
				message: 'validation_required'
			});
		}
	});
export type ContributorInput = z.infer<typeof contributorInput>;

/** One indicator measured before and after, in a replication report. */
const indicatorChange = z.object({
	name: prose(200),
	unit: optionalProse(40),
	before: z.number(),
	after: z.number()
});

/** What a territory that reused a practice tells the next one. */
export const replicationReportData = z.object({
	language: practiceLanguage,
	adapted: prose(4_000),
	population: z.int().min(1).max(50_000_000),
	region: z.enum(regions),
	country: countryCode,
	costEuros: z.int().min(0).max(1_000_000_000).optional(),
	durationMonths: z.int().min(1).max(240).optional(),
	results: prose(4_000),
	indicators: z.array(indicatorChange).max(5).default([]),
	failures: optionalProse(4_000),
	recommend: z.enum(recommendation.enumValues)
});
export type ReplicationReportData = z.infer<typeof replicationReportData>;

export const contributionData = {
	practice: practiceDraft,
	replication: replicationReportData
} as const;

export const kindInput = z.enum(contributionKind.enumValues);

const criterionReview = z.object({
	score: z.coerce
		.number({ message: 'catalogue_error_score' })
		.int({ message: 'catalogue_error_score' })
		.min(rubricScale.min, { message: 'catalogue_error_score' })
		.max(rubricScale.max, { message: 'catalogue_error_score' }),
	comment: prose(2_000)
});

/** A moderator's review: the rubric (required to publish), a decision and a comment. */
export const reviewInput = z.object({
	contributionId: uuid,
	decision: z.enum(['publish', 'request-changes', 'reject']),
	scores: z.partialRecord(z.enum(rubricCriteria), criterionReview).default({}),
	evidenceLevel: z.enum(evidenceLevels).optional(),
	comment: prose(4_000)
});
/** What callers pass; `reviewInput` checks it (forms send what was typed). */
export interface ReviewInput {
	contributionId: string;
	decision: string;
	scores?: Record<string, { score: unknown; comment: string }>;
	evidenceLevel?: string;
	comment: string;
}
