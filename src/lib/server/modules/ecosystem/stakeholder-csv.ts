import type { $ZodIssue } from 'zod/v4/core';
import { CsvError, parseCsv, toCsv, unescapeFormula } from '../../platform/spreadsheet/csv';
import { knownCategory, stakeholderFields, type StakeholderFields } from './stakeholder-fields';

/**
 * The stakeholder CSV file: one header row with these column names (any order), then one
 * stakeholder per row. Gains, resources and commitments hold ids separated by `;`.
 * Export writes exactly what import reads, so exporting then importing changes nothing.
 */
export const csvColumns = [
	['name', 'name'],
	['category', 'category'],
	['gains', 'gains'],
	['gain_note', 'gainNote'],
	['resources', 'resources'],
	['resource_note', 'resourceNote'],
	['commitments', 'commitments'],
	['commitment_note', 'commitmentNote'],
	['influence', 'influence'],
	['interest', 'interest'],
	['contact', 'contact'],
	['notes', 'notes']
] as const satisfies readonly (readonly [string, keyof StakeholderFields])[];

const listColumns = new Set(['gains', 'resources', 'commitments']);
export const maxImportBytes = 1024 * 1024;
export const maxImportRows = 2000;

/** One problem in a file: its row (1 = the header) and column when known, a message id. */
export interface CsvProblem {
	row: number | null;
	column: string | null;
	code: string;
	params?: Record<string, string | number>;
}

export type CsvReading =
	| { ok: true; rows: { row: number; fields: StakeholderFields }[] }
	| { ok: false; problems: CsvProblem[] };

const fileProblem = (code: string, params?: CsvProblem['params']): CsvReading => ({
	ok: false,
	problems: [{ row: null, column: null, code, params }]
});

export function writeStakeholderCsv(rows: readonly StakeholderFields[]): string {
	return toCsv([
		csvColumns.map(([column]) => column),
		...rows.map((row) =>
			csvColumns.map(([, field]) => {
				const value = row[field];
				return Array.isArray(value) ? value.join(';') : String(value);
			})
		)
	]);
}

/** Decodes strict UTF-8 (a BOM is allowed); anything else is refused, not guessed at. */
function decode(bytes: Uint8Array): string | null {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return null;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

const messageId = /^[a-z]+_[a-z0-9_]+$/;

function issueMessage(issue: $ZodIssue): Pick<CsvProblem, 'code' | 'params'> {
	if (messageId.test(issue.message)) {
		return { code: issue.message };
	}
	if (issue.code === 'too_small') {
		return { code: 'validation_required' };
	}
	if (issue.code === 'too_big') {
		return { code: 'validation_too_long', params: { max: Number(issue.maximum) } };
	}
	return { code: 'validation_invalid' };
}

function headerProblems(header: string[]): CsvProblem[] {
	const problems: CsvProblem[] = [];
	const expected: readonly string[] = csvColumns.map(([column]) => column);
	header.forEach((column, index) => {
		if (!expected.includes(column)) {
			problems.push({
				row: 1,
				column: column || null,
				code: 'ecosystem_import_unknown_column',
				params: { column: column || String(index + 1) }
			});
		} else if (header.indexOf(column) !== index) {
			problems.push({
				row: 1,
				column,
				code: 'ecosystem_import_repeated_column',
				params: { column }
			});
		}
	});
	for (const column of expected) {
		if (!header.includes(column)) {
			problems.push({
				row: 1,
				column,
				code: 'ecosystem_import_missing_column',
				params: { column }
			});
		}
	}
	return problems;
}

/**
 * Reads and checks a whole file against the territory's categories: every row is checked
 * and every problem reported, by row and column, before anything may be written.
 */
export function readStakeholderCsv(bytes: Uint8Array, customKeys: readonly string[]): CsvReading {
	if (bytes.length === 0) {
		return fileProblem('ecosystem_import_empty');
	}
	if (bytes.length > maxImportBytes) {
		return fileProblem('ecosystem_import_too_large', { size: maxImportBytes / 1024 });
	}
	const text = decode(bytes);
	if (text === null) {
		return fileProblem('ecosystem_import_not_utf8');
	}
	if (text.includes('\u0000')) {
		return fileProblem('ecosystem_import_not_csv');
	}
	let lines: string[][];
	try {
		lines = parseCsv(text).map((cells) => cells.map(unescapeFormula));
	} catch (error) {
		if (error instanceof CsvError) {
			return {
				ok: false,
				problems: [{ row: error.row, column: null, code: 'ecosystem_import_syntax' }]
			};
		}
		throw error;
	}
	const [header = [], ...body] = lines;
	const columns = header.map((cell) => cell.trim().toLowerCase());
	const problems = headerProblems(columns);
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	const records = body
		.map((cells, index) => ({ row: index + 2, cells }))
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	if (records.length === 0) {
		return fileProblem('ecosystem_import_no_rows');
	}
	if (records.length > maxImportRows) {
		return fileProblem('ecosystem_import_too_many_rows', { max: maxImportRows });
	}
	const rows: { row: number; fields: StakeholderFields }[] = [];
	const firstRowOfName = new Map<string, number>();
	for (const { row, cells } of records) {
		if (cells.length > columns.length) {
			problems.push({ row, column: null, code: 'ecosystem_import_extra_cells' });
			continue;
		}
		const raw: Record<string, unknown> = {};
		columns.forEach((column, index) => {
			const field = csvColumns.find(([name]) => name === column)?.[1] ?? column;
			const cell = cells[index] ?? '';
			raw[field] = listColumns.has(column)
				? cell
						.split(';')
						.map((value) => value.trim())
						.filter(Boolean)
				: cell;
		});
		const result = stakeholderFields.safeParse(raw);
		if (!result.success) {
			const seen = new Set<string>();
			for (const issue of result.error.issues) {
				const field = String(issue.path[0] ?? '');
				const column = csvColumns.find(([, name]) => name === field)?.[0] ?? null;
				if (!seen.has(field)) {
					seen.add(field);
					problems.push({ row, column, ...issueMessage(issue) });
				}
			}
			continue;
		}
		const fields = result.data;
		if (!knownCategory(fields.category, customKeys)) {
			problems.push({
				row,
				column: 'category',
				code: 'ecosystem_import_unknown_category',
				params: { category: fields.category }
			});
		}
		const key = fields.name.toLowerCase();
		const first = firstRowOfName.get(key);
		if (first !== undefined) {
			problems.push({
				row,
				column: 'name',
				code: 'ecosystem_import_duplicate_name',
				params: { row: first }
			});
		} else {
			firstRowOfName.set(key, row);
		}
		rows.push({ row, fields });
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
