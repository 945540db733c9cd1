import { describe, expect, it } from 'vitest';
import { indicatorStatus, type StatusInput } from './status';

const rising: StatusInput = {
	direction: 'higher',
	baselineValue: 20,
	baselineOn: '2025-01-01',
	targetValue: 120,
	targetOn: '2027-01-01'
};
const falling: StatusInput = {
	...rising,
	direction: 'lower',
	baselineValue: 100,
	targetValue: 0
};
// Half way between the baseline and the target dates: 2026-01-01 (365 of 730 days).
const halfWay = '2026-01-01';

describe('indicator status', () => {
	it('has none without a baseline, a target or a measurement, saying why', () => {
		expect(
			indicatorStatus({ ...rising, baselineOn: null }, { value: 1, measuredOn: halfWay })
		).toEqual({ status: 'none', reason: 'no-baseline' });
		expect(
			indicatorStatus({ ...rising, targetValue: null }, { value: 1, measuredOn: halfWay })
		).toEqual({ status: 'none', reason: 'no-target' });
		expect(indicatorStatus(rising, null)).toEqual({ status: 'none', reason: 'no-measurement' });
	});

	it('is on track at or above the straight path when higher is better', () => {
		expect(indicatorStatus(rising, { value: 70, measuredOn: halfWay })).toEqual({
			status: 'on-track',
			expected: 70
		});
		expect(indicatorStatus(rising, { value: 90, measuredOn: halfWay }).status).toBe('on-track');
	});

	it('is at risk when behind by at most 10 % of the distance, off track beyond', () => {
		// 10 % of 100 = 10: 60 is exactly at the tolerance, 59.9 is beyond.
		expect(indicatorStatus(rising, { value: 60, measuredOn: halfWay }).status).toBe('at-risk');
		expect(indicatorStatus(rising, { value: 59.9, measuredOn: halfWay }).status).toBe('off-track');
	});

	it('respects the direction when lower is better', () => {
		expect(indicatorStatus(falling, { value: 50, measuredOn: halfWay }).status).toBe('on-track');
		expect(indicatorStatus(falling, { value: 55, measuredOn: halfWay }).status).toBe('at-risk');
		expect(indicatorStatus(falling, { value: 70, measuredOn: halfWay }).status).toBe('off-track');
	});

	it('expects the baseline before its date and the target after its date', () => {
		expect(indicatorStatus(rising, { value: 20, measuredOn: '2024-06-01' })).toEqual({
			status: 'on-track',
			expected: 20
		});
		expect(indicatorStatus(rising, { value: 110, measuredOn: '2027-06-01' }).status).toBe(
			'at-risk'
		);
		expect(indicatorStatus(rising, { value: 100, measuredOn: '2027-06-01' }).status).toBe(
			'off-track'
		);
	});

	it('is on track once the target is reached, whatever the date', () => {
		expect(indicatorStatus(rising, { value: 120, measuredOn: '2025-02-01' }).status).toBe(
			'on-track'
		);
		expect(indicatorStatus(falling, { value: -1, measuredOn: '2025-02-01' }).status).toBe(
			'on-track'
		);
	});
});
