import { describe, expect, it } from 'vitest';
import { CsvError, escapeFormula, parseCsv, toCsv, unescapeFormula } from './csv';

describe('CSV', () => {
	it('round-trips quotes, commas, new lines and accents', () => {
		const rows = [
			['field', 'value'],
			['a', 'He said "hello", then left'],
			['b', 'line one\nline two'],
			['c', 'données, été']
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	it('neutralises cells a spreadsheet would run as formulas, and restores them', () => {
		expect(escapeFormula('=1+1')).toBe("'=1+1");
		expect(escapeFormula('- a list item')).toBe("'- a list item");
		expect(escapeFormula('plain')).toBe('plain');
		expect(unescapeFormula("'=1+1")).toBe('=1+1');
		expect(unescapeFormula("'quoted on purpose")).toBe("'quoted on purpose");
		expect(parseCsv(toCsv([['=SUM(A1)']]))).toEqual([["'=SUM(A1)"]]);
	});

	it('reads CRLF and LF line ends and a byte-order mark', () => {
		expect(parseCsv('\uFEFFa,b\r\nc,d\ne,f')).toEqual([
			['a', 'b'],
			['c', 'd'],
			['e', 'f']
		]);
	});

	it('reports an unterminated quote with its line', () => {
		expect(() => parseCsv('a,b\n"never closed')).toThrow(CsvError);
		try {
			parseCsv('a,b\nc,"open\nstill');
		} catch (error) {
			expect((error as CsvError).row).toBe(3);
		}
	});
});
