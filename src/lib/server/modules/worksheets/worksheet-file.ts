import {
	type ColumnField,
	type ContentLocale,
	type Exercise,
	type ExerciseField
} from '../guide/content-schema';
import type { Sheet } from '../../platform/spreadsheet/xlsx';
import { displayAnswer, displayCell } from './display';
import type { Answers } from './schema';

/**
 * The file layout of a worksheet, written here and read back by read-worksheet-file.ts:
 * XLSX with a sheet of single answers and a sheet per list; CSV with a line per answer.
 */

/** A problem in an uploaded file, located as a spreadsheet shows it (1-based). */
export interface FileProblem {
	sheet: string;
	row: number | null;
	column: number | null;
	/** A message key, translated by the page or API. */
	code: string;
	params?: Record<string, string>;
}

export const answersSheet = 'answers';
export const answersHeader = ['field', 'question', 'answer'];
export const csvHeader = ['field', 'row', 'column', 'question', 'value'];

export type RowsField = Extract<ExerciseField, { type: 'rows' }>;
export const isRows = (field: ExerciseField): field is RowsField => field.type === 'rows';

/** Sheet names are limited to 31 characters by the format. */
export const sheetName = (field: RowsField): string => field.id.slice(0, 31);
const columnHeader = (column: ColumnField, locale: ContentLocale): string =>
	`${column.label[locale]} [${column.id}]`;

/** The workbook of a worksheet: one sheet of single answers, one sheet per list. */
export function worksheetSheets(
	exercise: Exercise,
	answers: Answers,
	locale: ContentLocale
): Sheet[] {
	const single = exercise.fields.filter((field) => !isRows(field));
	const sheets: Sheet[] = [];
	if (single.length > 0) {
		sheets.push({
			name: answersSheet,
			rows: [
				answersHeader,
				...single.map((field) => [
					field.id,
					field.label[locale],
					displayAnswer(field, answers[field.id], locale)
				])
			]
		});
	}
	for (const field of exercise.fields.filter(isRows)) {
		const rows = (answers[field.id] as Record<string, string | number>[] | undefined) ?? [];
		sheets.push({
			name: sheetName(field),
			rows: [
				field.columns.map((column) => columnHeader(column, locale)),
				...rows.map((row) =>
					field.columns.map((column) => displayCell(column, row[column.id], locale))
				)
			]
		});
	}
	return sheets;
}

/** The same answers as one CSV table: a line per single answer and per cell of a list. */
export function worksheetCsvRows(
	exercise: Exercise,
	answers: Answers,
	locale: ContentLocale
): string[][] {
	const lines: string[][] = [csvHeader];
	for (const field of exercise.fields) {
		if (!isRows(field)) {
			lines.push([
				field.id,
				'',
				'',
				field.label[locale],
				displayAnswer(field, answers[field.id], locale)
			]);
			continue;
		}
		const rows = (answers[field.id] as Record<string, string | number>[] | undefined) ?? [];
		const shown = rows.length > 0 ? rows : [{}];
		shown.forEach((row, index) => {
			for (const column of field.columns) {
				lines.push([
					field.id,
					String(index + 1),
					column.id,
					column.label[locale],
					displayCell(column, row[column.id], locale)
				]);
			}
		});
	}
	return lines;
}
