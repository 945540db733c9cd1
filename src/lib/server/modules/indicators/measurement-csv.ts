import { CsvError, parseCsv, toCsv, unescapeFormula } from '../../platform/spreadsheet/csv';
import type { ValueKind } from './library-schema';
import {
	checkMeasurements,
	type CheckedMeasurement,
	type MeasurementField
} from './measurement-rules';

/**
 * The measurements CSV file: a header row naming the columns `date`, `value` and `source`
 * (any order), then one measurement per row, comma-separated, UTF-8. Dates are
 * `YYYY-MM-DD`; the decimal separator is a point (`1.5`), a comma is refused with a
 * message saying so. Export writes exactly what import reads.
 */
export const measurementColumns = [
	['date', 'measuredOn'],
	['value', 'value'],
	['source', 'source']
] as const satisfies readonly (readonly [string, MeasurementField])[];

export const maxMeasurementFileBytes = 1024 * 1024;
export const maxMeasurementFileRows = 2000;

/** One problem: its row (1 = the header) and column when known, a message id. */
export interface MeasurementFileProblem {
	row: number | null;
	column: string | null;
	code: string;
}

export type MeasurementFileReading =
	{ ok: true; rows: CheckedMeasurement[] } | { ok: false; problems: MeasurementFileProblem[] };

const fileProblem = (code: string): MeasurementFileReading => ({
	ok: false,
	problems: [{ row: null, column: null, code }]
});

export function writeMeasurementCsv(rows: readonly CheckedMeasurement[]): string {
	return toCsv([
		measurementColumns.map(([column]) => column),
		...rows.map((row) => [row.measuredOn, String(row.value), row.source])
	]);
}

/** Strict UTF-8 (a BOM is allowed); UTF-16 and Latin-1 are refused, not guessed at. */
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

const digits = /^\d+$/;
const columnOf = (field: MeasurementField): string =>
	measurementColumns.find(([, f]) => f === field)?.[0] ?? field;

/** Reads and checks a whole file; nothing is returned unless every row is right. */
export function readMeasurementCsv(
	bytes: Uint8Array,
	kind: ValueKind,
	today: string
): MeasurementFileReading {
	if (bytes.byteLength > maxMeasurementFileBytes) {
		return fileProblem('indicators_import_too_large');
	}
	const text = decode(bytes);
	if (text === null) {
		return fileProblem('indicators_import_not_utf8');
	}
	let cells: string[][];
	try {
		cells = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
	} catch (error) {
		if (error instanceof CsvError) {
			return {
				ok: false,
				problems: [{ row: error.row, column: null, code: 'indicators_import_syntax' }]
			};
		}
		throw error;
	}
	const [header, ...body] = cells;
	if (!header) {
		return fileProblem('indicators_import_empty');
	}
	const names = header.map((cell) => cell.trim().toLowerCase());
	const problems: MeasurementFileProblem[] = [];
	for (const [column] of measurementColumns) {
		if (column !== 'source' && !names.includes(column)) {
			problems.push({ row: 1, column, code: 'indicators_import_missing_column' });
		}
	}
	names.forEach((name, index) => {
		if (!measurementColumns.some(([column]) => column === name) || names.indexOf(name) !== index) {
			problems.push({
				row: 1,
				column: name || String(index + 1),
				code: 'indicators_import_unknown_column'
			});
		}
	});
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	if (body.length === 0) {
		return fileProblem('indicators_import_empty');
	}
	if (body.length > maxMeasurementFileRows) {
		return fileProblem('indicators_import_too_many_rows');
	}
	const at = (row: string[], column: string): string =>
		unescapeFormula((row[names.indexOf(column)] ?? '').trim());
	body.forEach((row, index) => {
		if (row.length > names.length) {
			// `1,5` unquoted splits into two cells: say what probably happened.
			const valueIndex = names.indexOf('value');
			const split =
				digits.test(row[valueIndex]?.trim() ?? '') &&
				digits.test(row[valueIndex + 1]?.trim() ?? '');
			problems.push({
				row: index + 2,
				column: split ? 'value' : null,
				code: split ? 'indicators_error_value_comma' : 'indicators_import_extra_cells'
			});
		}
	});
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	const checked = checkMeasurements(
		body.map((row) => ({
			measuredOn: at(row, 'date'),
			value: at(row, 'value'),
			source: names.includes('source') ? at(row, 'source') : ''
		})),
		kind,
		today
	);
	if (!checked.ok) {
		return {
			ok: false,
			problems: checked.problems.map((p) => ({
				row: p.index + 2,
				column: columnOf(p.field),
				code: p.code
			}))
		};
	}
	return { ok: true, rows: checked.rows };
}
