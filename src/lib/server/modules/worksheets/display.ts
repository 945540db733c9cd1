import type { ColumnField, ContentLocale, Exercise, ExerciseField } from '../guide/content-schema';
import type { AnswerValue, Answers } from './schema';

function optionLabel(
	field: ColumnField | ExerciseField,
	id: string,
	locale: ContentLocale
): string {
	const options = 'options' in field ? field.options : [];
	return options.find((option) => option.id === id)?.label[locale] ?? id;
}

/** An answer as one line of text per value, for differences, print and spreadsheets. */
export function displayCell(
	field: ColumnField | ExerciseField,
	value: string | number | undefined,
	locale: ContentLocale
): string {
	if (value === undefined) {
		return '';
	}
	return field.type === 'single-choice' ? optionLabel(field, String(value), locale) : String(value);
}

export function displayAnswer(
	field: ExerciseField,
	value: AnswerValue | undefined,
	locale: ContentLocale
): string {
	if (value === undefined) {
		return '';
	}
	if (field.type === 'rows') {
		const rows = value as Record<string, string | number>[];
		return rows
			.map(
				(row, index) =>
					`${index + 1}. ` +
					field.columns
						.filter((column) => row[column.id] !== undefined)
						.map(
							(column) => `${column.label[locale]}: ${displayCell(column, row[column.id], locale)}`
						)
						.join(' · ')
			)
			.join('\n');
	}
	if (Array.isArray(value)) {
		return (value as string[]).map((id) => optionLabel(field, id, locale)).join('; ');
	}
	return displayCell(field, value, locale);
}

export interface FieldChange {
	fieldId: string;
	label: string;
	before: string;
	after: string;
}

/** The fields whose answer differs between two versions, in the exercise's order. */
export function compareAnswers(
	exercise: Exercise,
	before: Answers,
	after: Answers,
	locale: ContentLocale
): FieldChange[] {
	return exercise.fields
		.map((field) => ({
			fieldId: field.id,
			label: field.label[locale],
			before: displayAnswer(field, before[field.id], locale),
			after: displayAnswer(field, after[field.id], locale)
		}))
		.filter((change) => change.before !== change.after);
}
