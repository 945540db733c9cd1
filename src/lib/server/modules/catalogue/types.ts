import type { PracticeLanguage } from './vocabulary';
import type { PracticeTexts } from './practice-record';

export type PracticeTextsByLanguage = Partial<Record<PracticeLanguage, PracticeTexts>>;

export interface PracticeLink {
	url: string;
	label?: string;
}

/** The rubric's criteria, in the order the published rubric lists them. */
export const rubricCriteria = [
	'relevance',
	'impact-evidence',
	'transferability',
	'participation-inclusion',
	'completeness'
] as const;
export type RubricCriterion = (typeof rubricCriteria)[number];

/** 1 insufficient, 2 partial, 3 good, 4 excellent. */
export const rubricScale = { min: 1, max: 4 } as const;
/** Publication needs every criterion at this score or more: nothing "insufficient". */
export const rubricPublishMinimum = 2;

export type ReviewScores = Record<RubricCriterion, { score: number; comment: string }>;
