import type { ColumnField, Exercise, ExerciseField } from '../guide/content-schema';
import type { AnswerValue, Answers } from './schema';

/** Answers as they arrive from a form, a file or the API, before validation. */
export type RawValue = string | number | string[] | Record<string, string | number>[];
export type RawAnswers = Record<string, RawValue | undefined>;

/** Message keys by path: `field`, or `field.<row>.<column>` for a cell of a repeatable row. */
export type AnswerErrors = Record<string, string>;

const limits = { 'short-text': 500, 'long-text': 20_000 } as const;

/** A single answer or cell as received; anything but text or a number is refused. */
type Scalar = unknown;

function textValue(
	field: ColumnField | ExerciseField,
	raw: string | number | null | undefined
): { value?: string; error?: string } {
	const max = field.type === 'long-text' ? limits['long-text'] : limits['short-text'];
	const value = String(raw ?? '')
		.replace(/\r\n?/g, '\n')
		.trim();
	if (value.includes('\u0000')) {
		return { error: 'validation_invalid_characters' };
	}
	if (value.length > max) {
		return { error: 'worksheets_error_too_long' };
	}
	return value === '' ? {} : { value };
}

function scalarValue(field: ColumnField, raw: Scalar): { value?: string | number; error?: string } {
	if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
		return { error: 'worksheets_error_invalid' };
	}
	switch (field.type) {
		case 'short-text':
		case 'long-text':
			return textValue(field, raw);
		case 'single-choice': {
			const value = String(raw ?? '').trim();
			if (value === '') {
				return {};
			}
			return field.options.some((option) => option.id === value)
				? { value }
				: { error: 'worksheets_error_option' };
		}
		case 'rating': {
			const text = String(raw ?? '').trim();
			if (text === '') {
				return {};
			}
			const value = Number(text);
			return Number.isInteger(value) && value >= field.min && value <= field.max
				? { value }
				: { error: 'worksheets_error_rating' };
		}
	}
}

const asList = (raw: RawValue | undefined): string[] =>
	raw === undefined || raw === '' ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];

/**
 * Checks answers against an exercise and returns them normalised: trimmed, empty answers and
 * blank rows left out, options in the exercise's order. One validator serves the form, file
 * imports and the API, so all three accept exactly the same things.
 */
export function validateAnswers(
	exercise: Exercise,
	raw: RawAnswers
): { answers: Answers; errors: AnswerErrors } {
	const answers: Answers = {};
	const errors: AnswerErrors = {};
	for (const key of Object.keys(raw)) {
		if (!exercise.fields.some((field) => field.id === key)) {
			errors[key] = 'worksheets_error_unknown_field';
		}
	}
	for (const field of exercise.fields) {
		const value = raw[field.id];
		let answer: AnswerValue | undefined;
		switch (field.type) {
			case 'multiple-choice':
			case 'checklist': {
				const chosen = new Set(
					asList(value)
						.map((item) => item.trim())
						.filter(Boolean)
				);
				if ([...chosen].some((id) => !field.options.some((option) => option.id === id))) {
					errors[field.id] = 'worksheets_error_option';
					continue;
				}
				const ordered = field.options.map((option) => option.id).filter((id) => chosen.has(id));
				if (ordered.length > 0) {
					answer = ordered;
				}
				break;
			}
			case 'rows': {
				const rows = validateRows(field, value, errors);
				if (rows.length > 0) {
					answer = rows;
				}
				break;
			}
			default: {
				if (Array.isArray(value)) {
					errors[field.id] = 'worksheets_error_invalid';
					continue;
				}
				const result = scalarValue(field, value);
				if (result.error) {
					errors[field.id] = result.error;
					continue;
				}
				answer = result.value;
			}
		}
		if (answer === undefined) {
			if (field.required) {
				errors[field.id] ??= 'worksheets_error_required';
			}
		} else {
			answers[field.id] = answer;
		}
	}
	return { answers, errors };
}

function validateRows(
	field: Extract<ExerciseField, { type: 'rows' }>,
	value: RawValue | undefined,
	errors: AnswerErrors
): Record<string, string | number>[] {
	if (value === undefined || value === '') {
		return [];
	}
	if (
		!Array.isArray(value) ||
		(value as unknown[]).some((row) => typeof row !== 'object' || row === null)
	) {
		errors[field.id] = 'worksheets_error_invalid';
		return [];
	}
	const rows: Record<string, string | number>[] = [];
	(value as Record<string, string | number>[]).forEach((rawRow, index) => {
		for (const key of Object.keys(rawRow)) {
			if (!field.columns.some((column) => column.id === key)) {
				errors[`${field.id}.${index}.${key}`] = 'worksheets_error_unknown_field';
			}
		}
		const row: Record<string, string | number> = {};
		const rowErrors: AnswerErrors = {};
		for (const column of field.columns) {
			const result = scalarValue(column, rawRow[column.id]);
			if (result.error) {
				rowErrors[`${field.id}.${index}.${column.id}`] = result.error;
			} else if (result.value !== undefined) {
				row[column.id] = result.value;
			}
		}
		const blank = Object.keys(row).length === 0 && Object.keys(rowErrors).length === 0;
		if (blank) {
			return;
		}
		for (const column of field.columns) {
			if (column.required && row[column.id] === undefined) {
				rowErrors[`${field.id}.${index}.${column.id}`] ??= 'worksheets_error_required';
			}
		}
		Object.assign(errors, rowErrors);
		rows.push(row);
	});
	if (rows.length > field.maxRows) {
		errors[field.id] = 'worksheets_error_too_many_rows';
	}
	return rows;
}

/** True when at least one field has an answer: the exercise counts as started. */
export const hasAnswers = (answers: Answers | null | undefined): boolean =>
	answers !== null && answers !== undefined && Object.keys(answers).length > 0;

/** Whether two answer sets say the same thing, whatever the key order. */
export function sameAnswers(a: Answers, b: Answers): boolean {
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((key) => stableJson(a[key]) === stableJson(b[key]));
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(stableJson).join(',')}]`;
	}
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	}
	return value === undefined ? 'null' : JSON.stringify(value);
}
