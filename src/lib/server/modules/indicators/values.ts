import type { ValueKind } from './library-schema';

/**
 * How values and dates are read, the same from a form, a CSV file and the API.
 *
 * The decimal separator is a point, always: `1.5`. A comma (`1,5`) is refused with a
 * message asking for a point, because the CSV files are comma-separated and a comma in a
 * value would be read as a new column by every other tool. No thousands separators.
 */
export type ValueReading = { ok: true; value: number } | { ok: false; code: string };

const numberText = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const commaDecimal = /^[+-]?\d+,\d+$/;

/** Checks a number against what the indicator accepts. */
export function checkValue(value: number, kind: ValueKind): ValueReading {
	if (!Number.isFinite(value)) {
		return { ok: false, code: 'indicators_error_value_number' };
	}
	if (kind === 'count' && (!Number.isInteger(value) || value < 0)) {
		return { ok: false, code: 'indicators_error_value_count' };
	}
	if (kind === 'percent' && (value < 0 || value > 100)) {
		return { ok: false, code: 'indicators_error_value_percent' };
	}
	return { ok: true, value };
}

/** Reads a typed value (form field, CSV cell). */
export function parseValueText(text: string, kind: ValueKind): ValueReading {
	const trimmed = text.trim();
	if (trimmed === '') {
		return { ok: false, code: 'validation_required' };
	}
	if (commaDecimal.test(trimmed)) {
		return { ok: false, code: 'indicators_error_value_comma' };
	}
	if (!numberText.test(trimmed)) {
		return { ok: false, code: 'indicators_error_value_number' };
	}
	return checkValue(Number(trimmed), kind);
}

/** A value from a form or JSON: a number as is, a string read as typed text. */
export function readValue(raw: unknown, kind: ValueKind): ValueReading {
	if (typeof raw === 'number') {
		return checkValue(raw, kind);
	}
	if (typeof raw === 'string') {
		return parseValueText(raw, kind);
	}
	return {
		ok: false,
		code:
			raw === undefined || raw === null ? 'validation_required' : 'indicators_error_value_number'
	};
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (31/02/2026 and 2026-02-31 are not). */
export function isCalendarDate(text: string): boolean {
	const match = isoDate.exec(text);
	if (!match) {
		return false;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		year >= 1900 &&
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day
	);
}

/** Today as `YYYY-MM-DD` in UTC, the day the platform counts in. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/** Reads a measurement date: a real `YYYY-MM-DD` day, not after today. */
export function readMeasuredOn(
	text: string,
	today: string
): { ok: true; value: string } | { ok: false; code: string } {
	const trimmed = text.trim();
	if (trimmed === '') {
		return { ok: false, code: 'validation_required' };
	}
	if (!isCalendarDate(trimmed)) {
		return { ok: false, code: 'indicators_error_date_format' };
	}
	if (trimmed > today) {
		return { ok: false, code: 'indicators_error_date_future' };
	}
	return { ok: true, value: trimmed };
}
