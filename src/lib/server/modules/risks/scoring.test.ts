import { describe, expect, it } from 'vitest';
import { levelOfScore, residualScore, riskLevel, riskScore, scaleValues } from './scoring';

describe('risk scoring', () => {
	it('multiplies likelihood by impact', () => {
		expect(riskScore(1, 1)).toBe(1);
		expect(riskScore(3, 4)).toBe(12);
		expect(riskScore(5, 5)).toBe(25);
	});

	it('gives the level of each band, at its edges', () => {
		expect([1, 4].map(levelOfScore)).toEqual(['low', 'low']);
		expect([5, 9].map(levelOfScore)).toEqual(['medium', 'medium']);
		expect([10, 16].map(levelOfScore)).toEqual(['high', 'high']);
		expect([20, 25].map(levelOfScore)).toEqual(['critical', 'critical']);
		expect(riskLevel(2, 2)).toBe('low');
		expect(riskLevel(1, 5)).toBe('medium');
		expect(riskLevel(2, 5)).toBe('high');
		expect(riskLevel(4, 5)).toBe('critical');
	});

	it('counts the 25 cells of the matrix per level', () => {
		const counts: Record<string, number> = {};
		for (const likelihood of scaleValues) {
			for (const impact of scaleValues) {
				const level = riskLevel(likelihood, impact);
				counts[level] = (counts[level] ?? 0) + 1;
			}
		}
		expect(counts).toEqual({ low: 8, medium: 7, high: 7, critical: 3 });
	});

	it('refuses values off the 1–5 scale', () => {
		expect(() => riskScore(0, 3)).toThrow(RangeError);
		expect(() => riskScore(3, 6)).toThrow(RangeError);
		expect(() => riskScore(2.5, 3)).toThrow(RangeError);
	});

	it('has no residual score until both residual values are given', () => {
		expect(residualScore({ residualLikelihood: 2, residualImpact: null })).toBeNull();
		expect(residualScore({ residualLikelihood: 2, residualImpact: 3 })).toBe(6);
	});
});
