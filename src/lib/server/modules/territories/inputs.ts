import { z } from 'zod';
import { limits, slug, text } from '../../platform/validation';
import { isCountryCode } from './country-codes';
import { memberRoles } from './policy';
import { territoryKind } from './schema';

export const kindInput = z.enum(territoryKind.enumValues, { message: 'validation_choose_one' });
export const roleInput = z.enum(memberRoles, { message: 'validation_choose_one' });

export const countryInput = z
	.string()
	.trim()
	.toUpperCase()
	.refine(isCountryCode, { message: 'territories_error_country' });

/** Optional in forms: an empty field means "not known". */
export const populationInput = z
	.union([z.literal(''), z.null(), z.coerce.number().int().min(0).max(2_000_000_000)])
	.optional()
	.transform((value) => (value === '' || value === undefined ? null : value));

const languageTag = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;

/**
 * Languages as BCP 47 tags. Forms send one text ("fr, nl"); the API sends an array.
 * Duplicates are dropped, order kept.
 */
export const languagesInput = z
	.union([z.string().max(limits.shortText), z.array(z.string().max(20)).max(30)])
	.optional()
	.transform((value) =>
		typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : (value ?? [])
	)
	.pipe(
		z
			.array(z.string().regex(languageTag, { message: 'territories_error_languages' }))
			.max(30)
			.transform((tags) => [...new Set(tags)])
	);

/** A parent given by slug; empty means "no parent". */
export const parentInput = z
	.union([z.literal(''), z.null(), slug])
	.optional()
	.transform((value) => (value === '' || value === undefined ? null : value));

export const territoryFields = {
	name: text({ max: limits.name }),
	kind: kindInput,
	country: countryInput,
	population: populationInput,
	languages: languagesInput,
	parent: parentInput
};
