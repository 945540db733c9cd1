import { levelOfScore, scaleValues, type RiskLevel } from './scoring';
import type { MatrixScores } from './vocabulary';

export interface MatrixCell {
	likelihood: number;
	impact: number;
	count: number;
	level: RiskLevel;
}

export interface HeatMatrix {
	scores: MatrixScores;
	/** Likelihood 5 first (the top row), impact 1 to 5 within a row. */
	rows: { likelihood: number; cells: MatrixCell[] }[];
	placed: number;
	/** Risks left off a residual matrix because their residual scores are missing. */
	unscored: number;
}

interface Scored {
	likelihood: number;
	impact: number;
	residualLikelihood: number | null;
	residualImpact: number | null;
}

/** Counts risks per likelihood × impact cell, before treatment or after (residual). */
export function heatMatrix(risks: readonly Scored[], scores: MatrixScores): HeatMatrix {
	const counts = new Map<string, number>();
	let unscored = 0;
	for (const risk of risks) {
		const likelihood = scores === 'residual' ? risk.residualLikelihood : risk.likelihood;
		const impact = scores === 'residual' ? risk.residualImpact : risk.impact;
		if (likelihood === null || impact === null) {
			unscored += 1;
			continue;
		}
		const key = `${likelihood}:${impact}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const rows = [...scaleValues].reverse().map((likelihood) => ({
		likelihood,
		cells: scaleValues.map((impact) => ({
			likelihood,
			impact,
			count: counts.get(`${likelihood}:${impact}`) ?? 0,
			level: levelOfScore(likelihood * impact)
		}))
	}));
	return { scores, rows, placed: risks.length - unscored, unscored };
}
