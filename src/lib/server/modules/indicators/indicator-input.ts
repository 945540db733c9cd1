import { z } from 'zod';
import { invalid, type FieldErrors } from '../../platform/errors';
import { limits, text } from '../../platform/validation';
import { directions, familyIds, valueKinds } from './library-schema';
import { measurementFrequency } from './schema';
import { isCalendarDate, readValue } from './values';

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.refine((value) => !value.includes('\u0000'), { message: 'validation_invalid_characters' })
		.default('');

/** A date field: blank is "not given"; anything else must be a real `YYYY-MM-DD` day. */
const optionalDate = z
	.string()
	.trim()
	.nullable()
	.optional()
	.transform((value) => (value ? value : null))
	.refine((value) => value === null || isCalendarDate(value), {
		message: 'indicators_error_date_format'
	});

/** A value field as typed (a string from a form, a number from JSON); read against the kind later. */
const rawValue = z.union([z.number(), z.string(), z.null()]).optional();

/** A checkbox sends "on" when ticked and nothing otherwise; JSON sends a boolean. */
const flag = z
	.union([z.boolean(), z.string()])
	.optional()
	.transform((value) => value === true || value === 'on' || value === 'true');

/** The indicator's own fields, the same from the form and from the API. */
export const indicatorFields = z.object({
	libraryIndicatorId: z
		.string()
		.trim()
		.max(60)
		.nullable()
		.optional()
		.transform((value) => (value ? value : null)),
	title: text({ max: limits.name }),
	family: z.enum(familyIds, { message: 'validation_required' }),
	unit: text({ max: 100 }),
	valueKind: z.enum(valueKinds, { message: 'validation_required' }),
	direction: z.enum(directions, { message: 'validation_required' }),
	method: optionalText(limits.longText),
	baselineValue: rawValue,
	baselineOn: optionalDate,
	targetValue: rawValue,
	targetOn: optionalDate,
	frequency: z.enum(measurementFrequency.enumValues, { message: 'validation_required' }),
	source: optionalText(limits.shortText),
	published: flag
});
export type IndicatorFields = z.output<typeof indicatorFields>;

export interface CheckedValues {
	baselineValue: number | null;
	targetValue: number | null;
}

const blank = (raw: unknown) => raw === undefined || raw === null || raw === '';

/**
 * Reads baseline and target against the value kind, and checks the dates: each value
 * goes with its date, and the target date comes after the baseline date. Every problem is
 * reported at its field, together.
 */
export function checkIndicatorValues(fields: IndicatorFields): CheckedValues {
	const errors: FieldErrors = {};
	const read = (name: 'baselineValue' | 'targetValue'): number | null => {
		if (blank(fields[name])) {
			return null;
		}
		const reading = readValue(fields[name], fields.valueKind);
		if (!reading.ok) {
			errors[name] = reading.code;
			return null;
		}
		return reading.value;
	};
	const baselineValue = read('baselineValue');
	const targetValue = read('targetValue');
	const pairs = [
		['baselineValue', 'baselineOn'],
		['targetValue', 'targetOn']
	] as const;
	for (const [value, date] of pairs) {
		if (!blank(fields[value]) && fields[date] === null) {
			errors[date] ??= 'indicators_error_date_needed';
		}
		if (blank(fields[value]) && fields[date] !== null) {
			errors[value] ??= 'indicators_error_value_needed';
		}
	}
	if (fields.baselineOn && fields.targetOn && fields.targetOn <= fields.baselineOn) {
		errors.targetOn = 'indicators_error_target_before_baseline';
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	return { baselineValue, targetValue };
}
