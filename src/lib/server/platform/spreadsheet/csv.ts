/**
 * RFC 4180 CSV, enough for worksheet files: quoted fields, doubled quotes, CRLF or LF.
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe on the way
 * out (CSV injection), and the apostrophe is removed on the way back in.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
	return formulaStart.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
	return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

function quote(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: string[][]): string {
	// A byte-order mark so spreadsheet programs read the file as UTF-8.
	return (
		'\uFEFF' +
		rows.map((row) => row.map((cell) => quote(escapeFormula(cell))).join(',')).join('\r\n') +
		'\r\n'
	);
}

export class CsvError extends Error {
	constructor(
		readonly row: number,
		message: string
	) {
		super(message);
		this.name = 'CsvError';
	}
}

/** Rows of cells; a row number (1-based) comes with any syntax error. */
export function parseCsv(text: string): string[][] {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	for (let index = 0; index < source.length; index++) {
		const char = source.charAt(index);
		if (quoted) {
			if (char === '"') {
				if (source[index + 1] === '"') {
					cell += '"';
					index++;
				} else {
					quoted = false;
				}
			} else {
				if (char === '\n') {
					line++;
				}
				cell += char;
			}
			continue;
		}
		if (char === '"') {
			if (cell !== '') {
				throw new CsvError(line, 'quote_in_unquoted_cell');
			}
			quoted = true;
		} else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[index + 1] === '\n') {
				index++;
			}
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			line++;
		} else {
			cell += char;
		}
	}
	if (quoted) {
		throw new CsvError(line, 'unterminated_quote');
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
