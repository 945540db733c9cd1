import { z } from 'zod';
import { isUniqueViolation } from '../accounts/queries';
import { conflict, invalid } from '../../platform/errors';
import { limits, text } from '../../platform/validation';
import { commitmentIds, gainIds, isStandardCategory, resourceIds } from './vocabulary';

/** Category ids and the keys of a territory's own categories share this form. */
export const categoryKey = z
	.string()
	.trim()
	.min(1, 'ecosystem_error_category')
	.max(60, 'ecosystem_error_category')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ecosystem_error_category');

/** Line ends are kept as `\n`, whether a browser (`\r\n`) or a file sent them. */
const optionalText = (max: number) =>
	text({ min: 0, max })
		.transform((value) => value.replace(/\r\n?/g, '\n'))
		.default('');

/** A list of vocabulary ids, each at most once, in the vocabulary's order. */
function idList(ids: readonly string[], message: string) {
	return z
		.array(z.string().trim())
		.max(ids.length * 2, message)
		.default([])
		.refine((values) => values.every((value) => ids.includes(value)), message)
		.transform((values): string[] => ids.filter((id) => values.includes(id)));
}

const scale = z.coerce
	.number({ message: 'ecosystem_error_scale' })
	.int('ecosystem_error_scale')
	.min(1, 'ecosystem_error_scale')
	.max(5, 'ecosystem_error_scale');

/** A stakeholder's profile, as the form, the API and the CSV import give it. */
export const stakeholderFields = z.object({
	name: text({ max: limits.name }),
	category: categoryKey,
	gains: idList(gainIds, 'ecosystem_error_gain'),
	gainNote: optionalText(limits.shortText),
	resources: idList(resourceIds, 'ecosystem_error_resource'),
	resourceNote: optionalText(limits.shortText),
	commitments: idList(commitmentIds, 'ecosystem_error_commitment'),
	commitmentNote: optionalText(limits.shortText),
	influence: scale,
	interest: scale,
	contact: optionalText(limits.shortText),
	notes: optionalText(limits.longText)
});
export type StakeholderFields = z.output<typeof stakeholderFields>;

/** The form fields that hold several values (ticked boxes). */
export const stakeholderListFields = ['gains', 'resources', 'commitments'] as const;

/** True when `category` is a standard id or one of the territory's own keys. */
export function knownCategory(category: string, customKeys: readonly string[]): boolean {
	return isStandardCategory(category) || customKeys.includes(category);
}

export function assertKnownCategory(category: string, customKeys: readonly string[]): void {
	if (!knownCategory(category, customKeys)) {
		throw invalid({ category: 'ecosystem_error_unknown_category' });
	}
}

export const nameTaken = () =>
	conflict('ecosystem_error_name_taken', { name: 'ecosystem_error_name_taken' });

/** A write that raced another one to the same name: the same answer as the check before it. */
export function rethrowNameTaken(error: unknown): never {
	if (isUniqueViolation(error, 'stakeholders_territory_name_unique')) {
		throw nameTaken();
	}
	throw error;
}
