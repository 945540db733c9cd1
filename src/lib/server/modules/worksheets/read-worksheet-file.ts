import {
	contentLocales,
	type ColumnField,
	type Exercise,
	type ExerciseField
} from '../guide/content-schema';
import type { Sheet } from '../../platform/spreadsheet/xlsx';
import type { RawAnswers } from './answers';
import {
	answersHeader,
	answersSheet,
	csvHeader,
	isRows,
	sheetName,
	type FileProblem,
	type RowsField
} from './worksheet-file';

/** An option id from what a person typed: the id, or its label in any language. */
function optionId(field: ColumnField | ExerciseField, text: string): string {
	if (!('options' in field)) {
		return text;
	}
	const wanted = text.trim().toLocaleLowerCase();
	const option = field.options.find(
		(candidate) =>
			candidate.id === wanted ||
			contentLocales.some((locale) => candidate.label[locale].trim().toLocaleLowerCase() === wanted)
	);
	return option?.id ?? text.trim();
}

function rawValue(field: ExerciseField, text: string): string | string[] {
	if (field.type === 'multiple-choice' || field.type === 'checklist') {
		return text
			.split(/[;\n]/)
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => optionId(field, part));
	}
	return field.type === 'single-choice' ? optionId(field, text) : text;
}

export interface ParsedWorksheetFile {
	raw: RawAnswers;
	/** Where each answer path came from, to place validation errors. */
	positions: Map<string, { sheet: string; row: number; column: number | null }>;
	problems: FileProblem[];
}

const normalise = (text: string): string => text.trim().toLocaleLowerCase();

/** Reads the workbook layout written by `worksheetSheets`. */
export function answersFromSheets(exercise: Exercise, sheets: Sheet[]): ParsedWorksheetFile {
	const raw: RawAnswers = {};
	const positions: ParsedWorksheetFile['positions'] = new Map();
	const problems: FileProblem[] = [];
	const single = exercise.fields.filter((field) => !isRows(field));
	const lists = exercise.fields.filter(isRows);
	const expected = new Set([...(single.length > 0 ? [answersSheet] : []), ...lists.map(sheetName)]);
	for (const sheet of sheets) {
		if (!expected.has(sheet.name)) {
			problems.push({
				sheet: sheet.name,
				row: null,
				column: null,
				code: 'worksheets_file_unknown_sheet'
			});
		}
	}
	for (const name of expected) {
		if (!sheets.some((sheet) => sheet.name === name)) {
			problems.push({
				sheet: name,
				row: null,
				column: null,
				code: 'worksheets_file_missing_sheet'
			});
		}
	}
	const answers = sheets.find((sheet) => sheet.name === answersSheet);
	if (answers && single.length > 0) {
		readAnswersSheet(answers, single, raw, positions, problems);
	}
	for (const field of lists) {
		const sheet = sheets.find((candidate) => candidate.name === sheetName(field));
		if (sheet) {
			readListSheet(sheet, field, raw, positions, problems);
		}
	}
	return { raw, positions, problems };
}

function headerProblems(sheet: string, header: string[], expected: string[]): FileProblem[] {
	const problems: FileProblem[] = [];
	header.forEach((cell, index) => {
		if (cell.trim() !== '' && !expected.includes(normalise(cell))) {
			problems.push({
				sheet,
				row: 1,
				column: index + 1,
				code: 'worksheets_file_extra_column',
				params: { name: cell }
			});
		}
	});
	for (const name of expected) {
		if (!header.some((cell) => normalise(cell) === name)) {
			problems.push({
				sheet,
				row: 1,
				column: null,
				code: 'worksheets_file_missing_column',
				params: { name }
			});
		}
	}
	return problems;
}

function readAnswersSheet(
	sheet: Sheet,
	fields: ExerciseField[],
	raw: RawAnswers,
	positions: ParsedWorksheetFile['positions'],
	problems: FileProblem[]
): void {
	const header = sheet.rows[0] ?? [];
	const found = headerProblems(sheet.name, header, answersHeader);
	problems.push(...found);
	if (found.length > 0) {
		return;
	}
	const fieldColumn = header.findIndex((cell) => normalise(cell) === 'field');
	const answerColumn = header.findIndex((cell) => normalise(cell) === 'answer');
	sheet.rows.slice(1).forEach((cells, index) => {
		const row = index + 2;
		const id = (cells[fieldColumn] ?? '').trim();
		const text = cells[answerColumn] ?? '';
		if (id === '' && text.trim() === '') {
			return;
		}
		const field = fields.find((candidate) => candidate.id === id);
		if (!field) {
			problems.push({
				sheet: sheet.name,
				row,
				column: fieldColumn + 1,
				code: 'worksheets_file_unknown_field',
				params: { name: id }
			});
			return;
		}
		if (raw[field.id] !== undefined) {
			problems.push({
				sheet: sheet.name,
				row,
				column: fieldColumn + 1,
				code: 'worksheets_file_duplicate_field',
				params: { name: id }
			});
			return;
		}
		raw[field.id] = rawValue(field, text);
		positions.set(field.id, { sheet: sheet.name, row, column: answerColumn + 1 });
	});
}

/** A column of a list from its header: `Label [id]`, the id alone, or a label. */
function columnFor(field: RowsField, header: string): ColumnField | undefined {
	const bracketed = /\[([^\]]+)\]\s*$/.exec(header)?.[1]?.trim();
	const wanted = normalise(bracketed ?? header);
	return field.columns.find(
		(column) =>
			column.id === wanted ||
			contentLocales.some((locale) => normalise(column.label[locale]) === wanted)
	);
}

function readListSheet(
	sheet: Sheet,
	field: RowsField,
	raw: RawAnswers,
	positions: ParsedWorksheetFile['positions'],
	problems: FileProblem[]
): void {
	const header = sheet.rows[0] ?? [];
	const columns = header.map((cell) => (cell.trim() === '' ? undefined : columnFor(field, cell)));
	let bad = false;
	header.forEach((cell, index) => {
		if (cell.trim() !== '' && !columns[index]) {
			bad = true;
			problems.push({
				sheet: sheet.name,
				row: 1,
				column: index + 1,
				code: 'worksheets_file_extra_column',
				params: { name: cell }
			});
		}
	});
	for (const column of field.columns) {
		if (!columns.includes(column)) {
			bad = true;
			problems.push({
				sheet: sheet.name,
				row: 1,
				column: null,
				code: 'worksheets_file_missing_column',
				params: { name: column.id }
			});
		}
	}
	if (bad) {
		return;
	}
	const rows: Record<string, string>[] = [];
	sheet.rows.slice(1).forEach((cells, index) => {
		const row: Record<string, string> = {};
		columns.forEach((column, columnIndex) => {
			if (!column) {
				return;
			}
			const text = cells[columnIndex] ?? '';
			row[column.id] = column.type === 'single-choice' ? optionId(column, text) : text;
			positions.set(`${field.id}.${index}.${column.id}`, {
				sheet: sheet.name,
				row: index + 2,
				column: columnIndex + 1
			});
		});
		rows.push(row);
	});
	positions.set(field.id, { sheet: sheet.name, row: 1, column: 1 });
	raw[field.id] = rows;
}

/** Reads the CSV layout written by `worksheetCsvRows`. */
export function answersFromCsv(
	exercise: Exercise,
	lines: string[][],
	sheet: string
): ParsedWorksheetFile {
	const raw: RawAnswers = {};
	const positions: ParsedWorksheetFile['positions'] = new Map();
	const problems = headerProblems(sheet, lines[0] ?? [], csvHeader);
	if (problems.length > 0) {
		return { raw, positions, problems };
	}
	const header = (lines[0] ?? []).map(normalise);
	const at = (name: string) => header.indexOf(name);
	const lists = new Map<string, Record<string, string>[]>();
	lines.slice(1).forEach((cells, index) => {
		const line = index + 2;
		if (cells.every((cell) => cell.trim() === '')) {
			return;
		}
		const problem = (column: string, code: string, name = '') =>
			problems.push({ sheet, row: line, column: at(column) + 1, code, params: { name } });
		const id = (cells[at('field')] ?? '').trim();
		const text = cells[at('value')] ?? '';
		const field = exercise.fields.find((candidate) => candidate.id === id);
		if (!field) {
			return problem('field', 'worksheets_file_unknown_field', id);
		}
		if (!isRows(field)) {
			if (raw[id] !== undefined) {
				return problem('field', 'worksheets_file_duplicate_field', id);
			}
			raw[id] = rawValue(field, text);
			positions.set(id, { sheet, row: line, column: at('value') + 1 });
			return;
		}
		const rowNumber = Number((cells[at('row')] ?? '').trim());
		if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > field.maxRows) {
			return problem('row', 'worksheets_file_bad_row');
		}
		const columnId = (cells[at('column')] ?? '').trim();
		const column = field.columns.find((candidate) => candidate.id === columnId);
		if (!column) {
			return problem('column', 'worksheets_file_unknown_field', columnId);
		}
		const rows = lists.get(id) ?? [];
		lists.set(id, rows);
		const row = (rows[rowNumber - 1] ??= {});
		// Where a cell missing from this row is reported: the row's first line.
		if (!positions.has(`${id}.${rowNumber - 1}`)) {
			positions.set(`${id}.${rowNumber - 1}`, { sheet, row: line, column: null });
		}
		row[column.id] = column.type === 'single-choice' ? optionId(column, text) : text;
		positions.set(`${id}.${rowNumber - 1}.${column.id}`, {
			sheet,
			row: line,
			column: at('value') + 1
		});
		positions.set(id, { sheet, row: line, column: at('field') + 1 });
	});
	for (const [id, rows] of lists) {
		raw[id] = Array.from({ length: rows.length }, (_, index) => rows[index] ?? {});
	}
	return { raw, positions, problems };
}
