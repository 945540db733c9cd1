import type { ContentLocale, Exercise } from '../guide/content-schema';
import type { RawAnswers } from './answers';
import type { Answers } from './schema';

/** Form values keyed by input name: `f.<field>` or `f.<field>.<row>.<column>`. */
export type WorksheetFormValues = Record<string, string | string[]>;

export const inputName = (path: string): string => `f.${path}`;

/** Saved answers as the form's values, so one representation drives the page. */
export function answersToFormValues(exercise: Exercise, answers: Answers): WorksheetFormValues {
	const values: WorksheetFormValues = {};
	for (const field of exercise.fields) {
		const answer = answers[field.id];
		if (answer === undefined) {
			continue;
		}
		if (field.type === 'rows') {
			(answer as Record<string, string | number>[]).forEach((row, index) => {
				for (const [column, value] of Object.entries(row)) {
					values[inputName(`${field.id}.${index}.${column}`)] = String(value);
				}
			});
		} else if (Array.isArray(answer)) {
			values[inputName(field.id)] = answer as string[];
		} else {
			values[inputName(field.id)] = String(answer);
		}
	}
	return values;
}

/** Reads the worksheet inputs of a submitted form; other inputs are ignored. */
export function formValuesToRawAnswers(
	exercise: Exercise,
	values: WorksheetFormValues
): RawAnswers {
	const raw: RawAnswers = {};
	const first = (value: string | string[] | undefined): string =>
		Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
	for (const field of exercise.fields) {
		const name = inputName(field.id);
		if (field.type === 'multiple-choice' || field.type === 'checklist') {
			const value = values[name];
			raw[field.id] = value === undefined ? [] : Array.isArray(value) ? value : [value];
		} else if (field.type === 'rows') {
			const rows: Record<string, string>[] = [];
			const pattern = new RegExp(`^f\\.${field.id}\\.(\\d{1,3})\\.([a-z0-9-]+)$`);
			for (const [key, value] of Object.entries(values)) {
				const match = pattern.exec(key);
				if (!match) {
					continue;
				}
				const index = Number(match[1]);
				const column = match[2] ?? '';
				if (!field.columns.some((candidate) => candidate.id === column)) {
					continue;
				}
				if (values[inputName(`${field.id}.${index}._remove`)] !== undefined) {
					continue;
				}
				(rows[index] ??= {})[column] = first(value);
			}
			raw[field.id] = Array.from({ length: rows.length }, (_, index) => rows[index] ?? {});
		} else {
			raw[field.id] = first(values[name]);
		}
	}
	return raw;
}

export interface FieldPresentation {
	id: string;
	type: Exercise['fields'][number]['type'];
	label: string;
	help: string | null;
	required: boolean;
	options: { id: string; label: string }[];
	min: number;
	max: number;
	columns: Omit<FieldPresentation, 'columns' | 'maxRows'>[];
	maxRows: number;
}

/** The exercise's fields in one language, for the form and the printable page. */
export function presentFields(exercise: Exercise, locale: ContentLocale): FieldPresentation[] {
	const present = (field: Exercise['fields'][number]): FieldPresentation => ({
		id: field.id,
		type: field.type,
		label: field.label[locale],
		help: field.help?.[locale] ?? null,
		required: field.required,
		options:
			'options' in field ? field.options.map((o) => ({ id: o.id, label: o.label[locale] })) : [],
		min: field.type === 'rating' ? field.min : 0,
		max: field.type === 'rating' ? field.max : 0,
		columns:
			field.type === 'rows'
				? field.columns
						.map((column) => present(column))
						.map(({ columns: _c, maxRows: _m, ...rest }) => rest)
				: [],
		maxRows: field.type === 'rows' ? field.maxRows : 0
	});
	return exercise.fields.map(present);
}
