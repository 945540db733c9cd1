import { describe, expect, it } from 'vitest';
import { distributionOf, percentile } from './distribution';

describe('distributionOf', () => {
	it('refuses an empty set rather than inventing a value', () => {
		expect(() => percentile([], 0.5)).toThrow();
	});

	it('gives the middle value and the quartiles of an odd count', () => {
		expect(distributionOf([50, 10, 30, 20, 40])).toEqual({
			lowerQuartile: 20,
			median: 30,
			upperQuartile: 40,
			count: 5
		});
	});

	it('interpolates between neighbours for an even count', () => {
		const result = distributionOf([0, 10, 20, 30, 40, 100]);
		expect(result.median).toBe(25);
		expect(result.lowerQuartile).toBe(12.5);
		expect(result.upperQuartile).toBe(37.5);
	});
});
