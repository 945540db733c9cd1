import ExcelJS from 'exceljs';

export interface Sheet {
	name: string;
	rows: string[][];
}

export interface CellProblem {
	sheet: string;
	/** 1-based, as a spreadsheet shows them. */
	row: number;
	column: number;
	code: 'formula';
}

/** Unpacked size beyond which a file is refused before parsing: a zip bomb guard. */
const maxUnpackedBytes = 20 * 1024 * 1024;

export type ZipCheck = { ok: true } | { ok: false; code: 'not_xlsx' | 'macro' | 'too_large' };

/**
 * Reads the zip's central directory without unpacking anything: refuses files that are not
 * workbooks, carry macros (vbaProject.bin: .xlsm, .xlsb) or would unpack to a huge size.
 */
export function checkWorkbookZip(bytes: Uint8Array): ZipCheck {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) {
		return { ok: false, code: 'not_xlsx' };
	}
	let end = -1;
	for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset--) {
		if (view.getUint32(offset, true) === 0x06054b50) {
			end = offset;
			break;
		}
	}
	if (end < 0) {
		return { ok: false, code: 'not_xlsx' };
	}
	const entries = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	let unpacked = 0;
	const names: string[] = [];
	const decoder = new TextDecoder();
	for (let index = 0; index < entries; index++) {
		if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
			return { ok: false, code: 'not_xlsx' };
		}
		unpacked += view.getUint32(offset + 24, true);
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
		return { ok: false, code: 'macro' };
	}
	if (unpacked > maxUnpackedBytes) {
		return { ok: false, code: 'too_large' };
	}
	if (!names.includes('xl/workbook.xml')) {
		return { ok: false, code: 'not_xlsx' };
	}
	return { ok: true };
}

function cellText(cell: ExcelJS.Cell): string {
	const value = cell.value;
	if (value === null || value === undefined) {
		return '';
	}
	if (value instanceof Date) {
		return value.toISOString().slice(0, 10);
	}
	if (typeof value === 'object') {
		if ('richText' in value) {
			return value.richText.map((part) => part.text).join('');
		}
		if ('text' in value && typeof value.text === 'string') {
			return value.text;
		}
		if ('error' in value) {
			return value.error;
		}
		return '';
	}
	return String(value);
}

/** Every sheet as rows of text cells; formulas are reported, not evaluated. */
export async function readXlsx(
	bytes: Uint8Array
): Promise<{ sheets: Sheet[]; problems: CellProblem[] }> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	const sheets: Sheet[] = [];
	const problems: CellProblem[] = [];
	workbook.eachSheet((worksheet) => {
		const rows: string[][] = [];
		worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
			const cells: string[] = [];
			row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
				if (cell.type === ExcelJS.ValueType.Formula) {
					problems.push({
						sheet: worksheet.name,
						row: rowNumber,
						column: columnNumber,
						code: 'formula'
					});
				}
				cells[columnNumber - 1] = cellText(cell);
			});
			rows[rowNumber - 1] = Array.from({ length: cells.length }, (_, index) => cells[index] ?? '');
		});
		sheets.push({
			name: worksheet.name,
			rows: Array.from({ length: rows.length }, (_, index) => rows[index] ?? [])
		});
	});
	return { sheets, problems };
}

/** A workbook with a bold, frozen header row on each sheet. */
export async function writeXlsx(sheets: Sheet[], title: string): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Territoria';
	workbook.title = title;
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.name, {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		for (const row of sheet.rows) {
			worksheet.addRow(row);
		}
		worksheet.getRow(1).font = { bold: true };
		worksheet.columns.forEach((column) => {
			column.width = 28;
			column.alignment = { wrapText: true, vertical: 'top' };
		});
	}
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer);
}
