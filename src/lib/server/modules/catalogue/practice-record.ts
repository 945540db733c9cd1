import { z } from 'zod';
import { isCountryCode } from '../territories/country-codes';
import {
	costBands,
	domains,
	evidenceLevels,
	layers,
	maturityLevels,
	populationBands,
	practiceLanguages,
	regions,
	riskMacroChallenges,
	stakeholderKinds,
	toolTypes
} from './vocabulary';

/**
 * The fields of a practice, shared by content files, contributions and the published
 * catalogue, so that a limit is the same wherever a practice is written. Messages are
 * Paraglide ids (`validation_*`, `catalogue_error_*`) so forms show them translated.
 */
export const practiceLimits = {
	title: 160,
	summary: 280,
	place: 120,
	body: 20_000,
	fact: 400,
	facts: 12,
	lessons: 4_000,
	links: 8,
	contact: 300,
	url: 500
} as const;

const noNul = (value: string): boolean => !value.includes('\u0000');

const line = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'validation_required' })
		.max(max, { message: 'validation_too_long' })
		.refine(noNul, { message: 'validation_invalid_characters' })
		.refine((value) => !/[\r\n]/.test(value), { message: 'catalogue_error_one_line' });

const markdown = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'validation_required' })
		.max(max, { message: 'validation_too_long' })
		.refine(noNul, { message: 'validation_invalid_characters' });

/** Links are shown and followed by readers: only web addresses, never `javascript:`. */
export const safeUrl = z
	.string()
	.trim()
	.max(practiceLimits.url, { message: 'validation_too_long' })
	.refine(
		(value) => {
			try {
				const url = new URL(value);
				return (
					(url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
				);
			} catch {
				// Not parseable as a URL: reported as the field's message.
				return false;
			}
		},
		{ message: 'catalogue_error_url' }
	);

/** The texts of a practice in one language. */
export const practiceTexts = z.strictObject({
	title: line(practiceLimits.title),
	summary: line(practiceLimits.summary),
	/** City, town or area as written in this language ("Fès", "Fez"). */
	place: line(practiceLimits.place),
	body: markdown(practiceLimits.body),
	facts: z.array(line(practiceLimits.fact)).max(practiceLimits.facts).default([]),
	lessons: markdown(practiceLimits.lessons).optional()
});
export type PracticeTexts = z.infer<typeof practiceTexts>;

const unique = <T extends z.ZodType>(item: T, min = 0) =>
	z
		.array(item)
		.min(min, { message: 'catalogue_error_choose_one' })
		.refine((values) => new Set(values).size === values.length, {
			message: 'catalogue_error_duplicate'
		});

export const countryCode = z
	.string()
	.trim()
	.refine(isCountryCode, { message: 'territories_error_country' });

export const practiceLink = z.strictObject({
	url: safeUrl,
	label: z
		.string()
		.trim()
		.max(practiceLimits.title, { message: 'validation_too_long' })
		.refine(noNul, { message: 'validation_invalid_characters' })
		.optional()
});

const year = z.int().min(1950).max(2100);

/** Everything about a practice except its texts, its evidence and its history. */
export const practiceFacts = z.strictObject({
	countries: unique(countryCode, 1),
	region: z.enum(regions),
	populationBand: z.enum(populationBands),
	domains: unique(z.enum(domains), 1),
	toolTypes: unique(z.enum(toolTypes)).default([]),
	layers: unique(z.enum(layers)).default([]),
	costBand: z.enum(costBands).optional(),
	maturityNeeded: z.enum(maturityLevels),
	risks: unique(z.enum(riskMacroChallenges)).default([]),
	stakeholders: unique(z.enum(stakeholderKinds)).default([]),
	period: z
		.strictObject({ from: year, to: year.optional() })
		.refine((period) => period.to === undefined || period.to >= period.from, {
			message: 'catalogue_error_period',
			path: ['to']
		})
		.optional(),
	links: z.array(practiceLink).max(practiceLimits.links).default([]),
	contact: z
		.string()
		.trim()
		.max(practiceLimits.contact, { message: 'validation_too_long' })
		.refine(noNul, { message: 'validation_invalid_characters' })
		.optional()
});
export type PracticeFacts = z.infer<typeof practiceFacts>;

export const practiceLanguage = z.enum(practiceLanguages);
export const evidenceLevel = z.enum(evidenceLevels);

/** Texts by language: at least the original language's. */
export const practiceTextsByLanguage = z.partialRecord(practiceLanguage, practiceTexts);

/** A whole practice as contributed or loaded: facts, the original language and its texts. */
export const practiceDraft = practiceFacts
	.extend({
		originalLanguage: practiceLanguage,
		texts: practiceTextsByLanguage
	})
	.refine((draft) => draft.texts[draft.originalLanguage] !== undefined, {
		message: 'catalogue_error_original_texts',
		path: ['texts']
	});
export type PracticeDraft = z.infer<typeof practiceDraft>;
