import { describe, expect, it } from 'vitest';
import { heatMatrix } from './heat-matrix';

const risk = (
	likelihood: number,
	impact: number,
	residualLikelihood: number | null = null,
	residualImpact: number | null = null
) => ({ likelihood, impact, residualLikelihood, residualImpact });

describe('the heat matrix', () => {
	it('counts risks per cell, likelihood 5 on top, with each cell’s level', () => {
		const matrix = heatMatrix([risk(5, 5), risk(5, 5), risk(1, 2), risk(3, 4, 1, 1)], 'inherent');
		expect(matrix.rows.map((row) => row.likelihood)).toEqual([5, 4, 3, 2, 1]);
		expect(matrix.rows[0]?.cells[4]).toEqual({
			likelihood: 5,
			impact: 5,
			count: 2,
			level: 'critical'
		});
		expect(matrix.rows[4]?.cells[1]).toMatchObject({ count: 1, level: 'low' });
		expect(matrix.rows[2]?.cells[3]).toMatchObject({ count: 1, level: 'high' });
		expect(matrix).toMatchObject({ placed: 4, unscored: 0 });
	});

	it('places residual scores and counts the risks that have none', () => {
		const matrix = heatMatrix([risk(5, 5, 2, 2), risk(4, 4), risk(4, 4, 3, null)], 'residual');
		expect(matrix.rows[3]?.cells[1]).toMatchObject({
			likelihood: 2,
			impact: 2,
			count: 1,
			level: 'low'
		});
		expect(matrix).toMatchObject({ placed: 1, unscored: 2 });
	});
});
