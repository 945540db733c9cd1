import { CsvError, parseCsv, unescapeFormula } from '../../../platform/spreadsheet/csv';

/**
 * Reading an uploaded CSV file before its columns mean anything: size, encoding (strict
 * UTF-8, a BOM allowed), separator (`,` or `;`, as French spreadsheets write), syntax.
 * Problems carry a row (1 = the header) and a column when known, and a message id.
 */
export interface CsvProblem {
	row: number | null;
	column: string | null;
	code: string;
	params?: Record<string, string | number>;
}

export const maxImportBytes = 1024 * 1024;
export const maxImportRows = 2000;

export type CsvLines = { ok: true; lines: string[][] } | { ok: false; problems: CsvProblem[] };

const fileProblem = (code: string, params?: CsvProblem['params']): CsvLines => ({
	ok: false,
	problems: [{ row: null, column: null, code, params }]
});

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

/** The header's separator: whichever of `;` and `,` it holds more of. */
export function separatorOf(text: string): ',' | ';' {
	const header = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (char: string): number => header.split(char).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

/** `;` and `,` swapped: parsing a `;` file as a `,` one, then swapping back in each cell. */
const swap = (text: string): string => text.replace(/[;,]/g, (char) => (char === ';' ? ',' : ';'));

export function readCsvLines(bytes: Uint8Array): CsvLines {
	if (bytes.length === 0) {
		return fileProblem('roadmap_gantt_import_empty');
	}
	if (bytes.length > maxImportBytes) {
		return fileProblem('roadmap_gantt_import_too_large', { size: maxImportBytes / 1024 });
	}
	const text = decode(bytes);
	if (text === null) {
		return fileProblem('roadmap_gantt_import_not_utf8');
	}
	if (text.includes('\u0000')) {
		return fileProblem('roadmap_gantt_import_not_csv');
	}
	const semicolons = separatorOf(text.replace(/^\uFEFF/, '')) === ';';
	try {
		const rows = parseCsv(semicolons ? swap(text) : text);
		return {
			ok: true,
			lines: rows.map((cells) =>
				cells.map((cell) => unescapeFormula(semicolons ? swap(cell) : cell))
			)
		};
	} catch (error) {
		if (error instanceof CsvError) {
			return {
				ok: false,
				problems: [{ row: error.row, column: null, code: 'roadmap_gantt_import_syntax' }]
			};
		}
		throw error;
	}
}

/** Unknown, repeated and missing columns of the header. */
export function headerProblems(
	header: readonly string[],
	expected: readonly string[]
): CsvProblem[] {
	const problems: CsvProblem[] = [];
	header.forEach((column, index) => {
		if (!expected.includes(column)) {
			problems.push({
				row: 1,
				column: column || null,
				code: 'roadmap_gantt_import_unknown_column',
				params: { column: column || String(index + 1) }
			});
		} else if (header.indexOf(column) !== index) {
			problems.push({
				row: 1,
				column,
				code: 'roadmap_gantt_import_repeated_column',
				params: { column }
			});
		}
	});
	for (const column of expected) {
		if (!header.includes(column)) {
			problems.push({
				row: 1,
				column,
				code: 'roadmap_gantt_import_missing_column',
				params: { column }
			});
		}
	}
	return problems;
}
