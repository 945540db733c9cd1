import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../platform/spreadsheet/csv';
import { checkWorkbookZip, readXlsx, writeXlsx } from '../../platform/spreadsheet/xlsx';
import { sameAnswers, validateAnswers } from './answers';
import { everyFieldExercise, fullAnswers } from './testing/exercise';
import { answersFromCsv, answersFromSheets } from './read-worksheet-file';
import { worksheetCsvRows, worksheetSheets } from './worksheet-file';

const { answers } = validateAnswers(everyFieldExercise, fullAnswers);

describe('worksheet files round trip', () => {
	for (const locale of ['en', 'fr'] as const) {
		it(`fills → exports XLSX (${locale}) → imports the same answers`, async () => {
			const bytes = await writeXlsx(
				worksheetSheets(everyFieldExercise, answers, locale),
				'Every field'
			);
			expect(checkWorkbookZip(bytes)).toEqual({ ok: true });
			const { sheets, problems } = await readXlsx(bytes);
			expect(problems).toEqual([]);
			const parsed = answersFromSheets(everyFieldExercise, sheets);
			expect(parsed.problems).toEqual([]);
			const again = validateAnswers(everyFieldExercise, parsed.raw);
			expect(again.errors).toEqual({});
			expect(sameAnswers(again.answers, answers)).toBe(true);
		});

		it(`fills → exports CSV (${locale}) → imports the same answers`, () => {
			const csv = toCsv(worksheetCsvRows(everyFieldExercise, answers, locale));
			const lines = parseCsv(csv).map((cells) =>
				cells.map((cell) => cell.replace(/^'(?=[=+\-@])/, ''))
			);
			const parsed = answersFromCsv(everyFieldExercise, lines, 'answers.csv');
			expect(parsed.problems).toEqual([]);
			const again = validateAnswers(everyFieldExercise, parsed.raw);
			expect(again.errors).toEqual({});
			expect(sameAnswers(again.answers, answers)).toBe(true);
		});
	}

	it('exports a blank workbook that imports as no answers', async () => {
		const bytes = await writeXlsx(worksheetSheets(everyFieldExercise, {}, 'en'), 'Blank');
		const parsed = answersFromSheets(everyFieldExercise, (await readXlsx(bytes)).sheets);
		expect(parsed.problems).toEqual([]);
		expect(validateAnswers(everyFieldExercise, { ...parsed.raw, vision: 'v' }).answers).toEqual({
			vision: 'v'
		});
	});
});

describe('worksheet files with problems', () => {
	it('reports extra and missing columns and unknown sheets by sheet, row and column', () => {
		const sheets = worksheetSheets(everyFieldExercise, answers, 'en');
		const [single, list] = sheets;
		if (!single || !list) {
			throw new Error('two sheets expected');
		}
		const changed = [
			{ ...single, rows: single.rows.map((row, index) => [...row, index === 0 ? 'comment' : '']) },
			{ ...list, rows: list.rows.map((row) => row.slice(1)) },
			{ name: 'Notes', rows: [['anything']] }
		];
		const { problems } = answersFromSheets(everyFieldExercise, changed);
		expect(problems).toEqual([
			{ sheet: 'Notes', row: null, column: null, code: 'worksheets_file_unknown_sheet' },
			{
				sheet: 'answers',
				row: 1,
				column: 4,
				code: 'worksheets_file_extra_column',
				params: { name: 'comment' }
			},
			{
				sheet: 'actions',
				row: 1,
				column: null,
				code: 'worksheets_file_missing_column',
				params: { name: 'name' }
			}
		]);
	});

	it('places a wrong option value at its cell', () => {
		const csv = worksheetCsvRows(everyFieldExercise, answers, 'en').map((row) =>
			row[0] === 'orientation' ? [...row.slice(0, 4), 'Somewhere else'] : row
		);
		const parsed = answersFromCsv(everyFieldExercise, csv, 'answers.csv');
		const { errors } = validateAnswers(everyFieldExercise, parsed.raw);
		expect(errors).toEqual({ orientation: 'worksheets_error_option' });
		const line = csv.findIndex((row) => row[0] === 'orientation') + 1;
		expect(parsed.positions.get('orientation')).toEqual({
			sheet: 'answers.csv',
			row: line,
			column: 5
		});
	});

	it('reports formulas in a workbook by sheet, row and column', async () => {
		const bytes = await writeXlsx(worksheetSheets(everyFieldExercise, answers, 'en'), 'F');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
		const sheet = workbook.getWorksheet('answers');
		if (!sheet) {
			throw new Error('answers sheet expected');
		}
		sheet.getCell('C3').value = { formula: '1+1', result: 2 };
		const withFormula = new Uint8Array(await workbook.xlsx.writeBuffer());
		const { problems } = await readXlsx(withFormula);
		expect(problems).toEqual([{ sheet: 'answers', row: 3, column: 3, code: 'formula' }]);
	});

	it('refuses macro-enabled and non-workbook files before reading them', () => {
		expect(checkWorkbookZip(new TextEncoder().encode('field,row\n'))).toEqual({
			ok: false,
			code: 'not_xlsx'
		});
		expect(
			checkWorkbookZip(storedZip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']))
		).toEqual({
			ok: false,
			code: 'macro'
		});
		expect(checkWorkbookZip(storedZip(['xl/workbook.xml'], 50 * 1024 * 1024))).toEqual({
			ok: false,
			code: 'too_large'
		});
	});
});

/** A zip holding empty entries with the given names (and a claimed unpacked size). */
function storedZip(names: string[], claimedSize = 0): Uint8Array {
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const name of names) {
		const bytes = encoder.encode(name);
		const local = new Uint8Array(30 + bytes.length);
		const localView = new DataView(local.buffer);
		localView.setUint32(0, 0x04034b50, true);
		localView.setUint16(26, bytes.length, true);
		local.set(bytes, 30);
		const central = new Uint8Array(46 + bytes.length);
		const centralView = new DataView(central.buffer);
		centralView.setUint32(0, 0x02014b50, true);
		centralView.setUint32(24, claimedSize, true);
		centralView.setUint16(28, bytes.length, true);
		centralView.setUint32(42, offset, true);
		central.set(bytes, 46);
		locals.push(local);
		centrals.push(central);
		offset += local.length;
	}
	const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
	const end = new Uint8Array(22);
	const endView = new DataView(end.buffer);
	endView.setUint32(0, 0x06054b50, true);
	endView.setUint16(8, names.length, true);
	endView.setUint16(10, names.length, true);
	endView.setUint32(12, centralSize, true);
	endView.setUint32(16, offset, true);
	const all = [...locals, ...centrals, end];
	const zip = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of all) {
		zip.set(part, at);
		at += part.length;
	}
	return zip;
}
