/**
 * The guide's standard lists for profiling stakeholders (AFD/IDDRI guide, "Identify the
 * stakeholders likely to become partners"; ICC report on Lille Metropole). Ids are stored
 * in the database and in CSV files: never rename one. Labels are messages
 * (`ecosystem_category_<id>`, with `-` as `_`).
 */
export const standardCategories = [
	'municipalities',
	'public-institutions',
	'traditional-firms',
	'telecoms',
	'digital-start-ups',
	'small-informal-providers',
	'social-solidarity-economy',
	'ngos',
	'community-organisations',
	'citizens',
	'media',
	'universities',
	'research',
	'innovation-agencies'
] as const;
export type StandardCategory = (typeof standardCategories)[number];

/** What a partner would gain by developing digital tools. */
export const gainIds = [
	'profit',
	'social-cause',
	'political-interest',
	'knowledge',
	'efficiency',
	'democracy'
] as const;

/** The resources a partner could rally for projects with the local authority. */
export const resourceIds = ['financial', 'technical', 'human', 'data'] as const;

/** Means of commitment and incentives to make them partners. */
export const commitmentIds = ['visibility', 'partnerships', 'pilot-targeting'] as const;

export type GainId = (typeof gainIds)[number];
export type ResourceId = (typeof resourceIds)[number];
export type CommitmentId = (typeof commitmentIds)[number];

export const isStandardCategory = (value: string): value is StandardCategory =>
	(standardCategories as readonly string[]).includes(value);

/** The message id of a vocabulary entry's label, e.g. `ecosystem_gain_social_cause`. */
export const labelKey = (
	list: 'category' | 'gain' | 'resource' | 'commitment',
	id: string
): string => `ecosystem_${list}_${id.replaceAll('-', '_')}`;

/** Influence and interest are scored from 1 (low) to 5 (high). */
export const scaleValues = [1, 2, 3, 4, 5] as const;
