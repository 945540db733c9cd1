import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { CsvError, parseCsv, unescapeFormula } from '../../platform/spreadsheet/csv';
import { checkWorkbookZip, readXlsx } from '../../platform/spreadsheet/xlsx';
import { parseInput } from '../../platform/validation';
import { validateAnswers } from './answers';
import { saveWorksheet, type SavedWorksheet } from './save-worksheet';
import { findWorksheet, worksheetAddress, worksheetTarget } from './target';
import { answersFromCsv, answersFromSheets, type ParsedWorksheetFile } from './read-worksheet-file';
import type { FileProblem } from './worksheet-file';

/** Worksheet files are small: a few hundred rows at most. */
export const maxUploadBytes = 256 * 1024;

export const importWorksheetInput = worksheetAddress.extend({
	fileName: z.string().max(255),
	bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array)
});
export type ImportWorksheetInput = z.input<typeof importWorksheetInput>;

/** Raised when a file cannot be imported; nothing has been written. */
export class WorksheetFileError extends AppError {
	constructor(readonly problems: FileProblem[]) {
		super('validation', 'worksheets_file_invalid');
		this.name = 'WorksheetFileError';
	}
}

const fileProblem = (code: string, sheet = ''): FileProblem => ({
	sheet,
	row: null,
	column: null,
	code
});

async function parseFile(
	exercise: Parameters<typeof answersFromSheets>[0],
	fileName: string,
	bytes: Uint8Array
): Promise<ParsedWorksheetFile> {
	const lower = fileName.toLowerCase();
	if (/\.(xlsm|xlsb|xltm|xls)$/.test(lower)) {
		throw new WorksheetFileError([fileProblem('worksheets_file_macro')]);
	}
	if (lower.endsWith('.xlsx')) {
		const check = checkWorkbookZip(bytes);
		if (!check.ok) {
			throw new WorksheetFileError([fileProblem(`worksheets_file_${check.code}`)]);
		}
		const { sheets, problems } = await readXlsx(bytes).catch(() => {
			throw new WorksheetFileError([fileProblem('worksheets_file_not_xlsx')]);
		});
		if (problems.length > 0) {
			throw new WorksheetFileError(
				problems.map((p) => ({
					sheet: p.sheet,
					row: p.row,
					column: p.column,
					code: 'worksheets_file_formula'
				}))
			);
		}
		return answersFromSheets(exercise, sheets);
	}
	if (lower.endsWith('.csv')) {
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			throw new WorksheetFileError([fileProblem('worksheets_file_not_utf8')]);
		}
		if (text.includes('\u0000')) {
			throw new WorksheetFileError([fileProblem('worksheets_file_not_csv')]);
		}
		try {
			const lines = parseCsv(text);
			const formulas = lines.flatMap((cells, row) =>
				cells.flatMap((cell, column) =>
					/^[=+@]/.test(cell) || /^-[^\d\s]/.test(cell)
						? [
								{
									sheet: fileName,
									row: row + 1,
									column: column + 1,
									code: 'worksheets_file_formula'
								}
							]
						: []
				)
			);
			if (formulas.length > 0) {
				throw new WorksheetFileError(formulas);
			}
			const unescaped = lines.map((cells) => cells.map(unescapeFormula));
			return answersFromCsv(exercise, unescaped, fileName);
		} catch (error) {
			if (error instanceof CsvError) {
				throw new WorksheetFileError([
					{ sheet: fileName, row: error.row, column: null, code: 'worksheets_file_not_csv' }
				]);
			}
			throw error;
		}
	}
	throw new WorksheetFileError([fileProblem('worksheets_file_format')]);
}

/**
 * Replaces a worksheet's answers with those of an uploaded XLSX or CSV file, as a new version.
 * The whole file is checked first; any problem, located by sheet, row and column, means
 * nothing is written.
 */
export async function importWorksheet(
	ctx: UseCaseContext,
	input: ImportWorksheetInput
): Promise<SavedWorksheet> {
	const options = parseInput(importWorksheetInput, input);
	const target = await worksheetTarget(ctx, options, 'worksheet.save');
	if (options.bytes.length === 0) {
		throw new WorksheetFileError([fileProblem('worksheets_file_empty')]);
	}
	if (options.bytes.length > maxUploadBytes) {
		throw new WorksheetFileError([fileProblem('worksheets_file_too_large')]);
	}
	const parsed = await parseFile(target.exercise, options.fileName, options.bytes);
	if (parsed.problems.length > 0) {
		throw new WorksheetFileError(parsed.problems);
	}
	const { errors } = validateAnswers(target.exercise, parsed.raw);
	const problems = Object.entries(errors).map(([path, code]): FileProblem => {
		const parts = path.split('.');
		// The cell itself, else its row (a cell missing from a CSV), else its field.
		const position =
			parsed.positions.get(path) ??
			parsed.positions.get(parts.slice(0, 2).join('.')) ??
			parsed.positions.get(parts[0] ?? '');
		return {
			sheet: position?.sheet ?? '',
			row: position?.row ?? null,
			column: position?.column ?? null,
			code
		};
	});
	if (problems.length > 0) {
		throw new WorksheetFileError(problems);
	}
	const current = await findWorksheet(
		ctx.db,
		target.territory.id,
		options.methodId,
		options.exerciseId
	);
	// An upload replaces the latest version on purpose; earlier versions stay in the history.
	return saveWorksheet(ctx, {
		slug: options.slug,
		methodId: options.methodId,
		exerciseId: options.exerciseId,
		baseVersion: current?.version ?? 0,
		answers: parsed.raw,
		source: 'import'
	});
}
