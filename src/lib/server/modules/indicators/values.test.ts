import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseValueText, readMeasuredOn, readValue } from './values';

describe('reading values', () => {
	it('accepts a point as decimal separator and refuses a comma with its own message', () => {
		expect(parseValueText('1.5', 'decimal')).toEqual({ ok: true, value: 1.5 });
		expect(parseValueText(' -0.25 ', 'decimal')).toEqual({ ok: true, value: -0.25 });
		expect(parseValueText('1,5', 'decimal')).toEqual({
			ok: false,
			code: 'indicators_error_value_comma'
		});
	});

	it('refuses text, thousands separators and an empty value', () => {
		expect(parseValueText('twelve', 'count')).toMatchObject({
			code: 'indicators_error_value_number'
		});
		expect(parseValueText('1 200', 'count')).toMatchObject({
			code: 'indicators_error_value_number'
		});
		expect(parseValueText('1e3', 'count')).toMatchObject({ code: 'indicators_error_value_number' });
		expect(parseValueText('', 'count')).toMatchObject({ code: 'validation_required' });
	});

	it('wants whole, non-negative counts and percentages from 0 to 100', () => {
		expect(parseValueText('12', 'count')).toEqual({ ok: true, value: 12 });
		expect(parseValueText('12.5', 'count')).toMatchObject({ code: 'indicators_error_value_count' });
		expect(parseValueText('-1', 'count')).toMatchObject({ code: 'indicators_error_value_count' });
		expect(parseValueText('100', 'percent')).toEqual({ ok: true, value: 100 });
		expect(parseValueText('100.1', 'percent')).toMatchObject({
			code: 'indicators_error_value_percent'
		});
		expect(readValue(-3, 'percent')).toMatchObject({ code: 'indicators_error_value_percent' });
		expect(readValue('x', 'decimal')).toMatchObject({ code: 'indicators_error_value_number' });
		expect(readValue(true, 'decimal')).toMatchObject({ code: 'indicators_error_value_number' });
	});
});

describe('reading dates', () => {
	it('accepts only real days written YYYY-MM-DD', () => {
		expect(isCalendarDate('2026-02-28')).toBe(true);
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-31')).toBe(false);
		expect(isCalendarDate('31/02/2026')).toBe(false);
		expect(isCalendarDate('2026-2-3')).toBe(false);
	});

	it('refuses a measurement after today', () => {
		expect(readMeasuredOn('2026-05-01', '2026-05-01')).toEqual({ ok: true, value: '2026-05-01' });
		expect(readMeasuredOn('2026-05-02', '2026-05-01')).toMatchObject({
			code: 'indicators_error_date_future'
		});
		expect(readMeasuredOn('31/02/2026', '2026-05-01')).toMatchObject({
			code: 'indicators_error_date_format'
		});
	});
});
