import { describe, expect, it } from 'vitest';
import { readStakeholderCsv, writeStakeholderCsv, type CsvReading } from './stakeholder-csv';
import { stakeholderProfile } from './testing/factories';

const header =
	'name,category,gains,gain_note,resources,resource_note,commitments,commitment_note,influence,interest,contact,notes';
const utf8 = (text: string) => new TextEncoder().encode(text);
const problemsOf = (reading: CsvReading) => (reading.ok ? [] : reading.problems);

describe('readStakeholderCsv', () => {
	it('reads what writeStakeholderCsv wrote, lists and formulas included', () => {
		const rows = [
			stakeholderProfile({
				name: 'Université de Lille',
				gains: ['knowledge', 'democracy'],
				notes: '=SUM(A1)\nsecond line, with "quotes"; and a semicolon'
			}),
			stakeholderProfile({ name: 'Hello Lille', category: 'tourism', resources: [] })
		];
		const file = writeStakeholderCsv(rows);
		expect(file.startsWith('\uFEFF' + header)).toBe(true);
		expect(file).toContain("'=SUM(A1)");
		const reading = readStakeholderCsv(utf8(file), ['tourism']);
		expect(reading.ok && reading.rows.map((r) => r.fields)).toEqual(rows);
	});

	it('splits lists on ";", trims cells, accepts columns in any order and skips blank lines', () => {
		const reading = readStakeholderCsv(
			utf8(
				'interest,influence,name,category,gains,gain_note,resources,resource_note,commitments,commitment_note,contact,notes\n4,2, CITC ,research, knowledge ; efficiency ,,technical;data,,,,,\n\n'
			),
			[]
		);
		expect(reading.ok && reading.rows).toEqual([
			{
				row: 2,
				fields: expect.objectContaining({
					name: 'CITC',
					influence: 2,
					interest: 4,
					gains: ['knowledge', 'efficiency'],
					resources: ['technical', 'data']
				}) as unknown
			}
		]);
	});

	it('refuses Latin-1, UTF-16 and empty files as a whole', () => {
		const latin1 = Uint8Array.from([
			...utf8(`${header}\nUniversit`),
			0xe9,
			...utf8(',media,,,,,,,3,3,,\n')
		]);
		expect(problemsOf(readStakeholderCsv(latin1, []))).toEqual([
			{ row: null, column: null, code: 'ecosystem_import_not_utf8', params: undefined }
		]);
		expect(
			problemsOf(readStakeholderCsv(Uint8Array.from([0xff, 0xfe, 0x6e, 0]), []))[0]?.code
		).toBe('ecosystem_import_not_utf8');
		expect(problemsOf(readStakeholderCsv(new Uint8Array(), []))[0]?.code).toBe(
			'ecosystem_import_empty'
		);
		expect(problemsOf(readStakeholderCsv(utf8(`${header}\n`), []))[0]?.code).toBe(
			'ecosystem_import_no_rows'
		);
		expect(problemsOf(readStakeholderCsv(utf8(`${header}\n"open,media`), []))[0]?.code).toBe(
			'ecosystem_import_syntax'
		);
	});

	it('names missing, unknown and repeated columns', () => {
		const problems = problemsOf(readStakeholderCsv(utf8('name,name,colour\nA,B,red\n'), []));
		expect(problems.map((p) => p.code)).toContain('ecosystem_import_repeated_column');
		expect(problems).toContainEqual(
			expect.objectContaining({
				code: 'ecosystem_import_unknown_column',
				params: { column: 'colour' }
			})
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				code: 'ecosystem_import_missing_column',
				params: { column: 'interest' }
			})
		);
	});

	it('reports every bad row by row and column', () => {
		const file = [
			header,
			'Good,media,,,,,,,3,3,,',
			'Bad category,astrologers,,,,,,,3,3,,',
			'Bad scale,media,fame,,,,,,0,7,,',
			',media,,,,,,,3,3,,',
			'good,media,,,,,,,1,1,,',
			'Too many,media,,,,,,,1,1,,,extra'
		].join('\n');
		expect(problemsOf(readStakeholderCsv(utf8(file), []))).toEqual([
			{
				row: 3,
				column: 'category',
				code: 'ecosystem_import_unknown_category',
				params: { category: 'astrologers' }
			},
			{ row: 4, column: 'gains', code: 'ecosystem_error_gain' },
			{ row: 4, column: 'influence', code: 'ecosystem_error_scale' },
			{ row: 4, column: 'interest', code: 'ecosystem_error_scale' },
			{ row: 5, column: 'name', code: 'validation_required' },
			{ row: 6, column: 'name', code: 'ecosystem_import_duplicate_name', params: { row: 2 } },
			{ row: 7, column: null, code: 'ecosystem_import_extra_cells' }
		]);
	});
});
