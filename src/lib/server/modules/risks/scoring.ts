/**
 * The scoring rule, stated once (the register's pages say it in words):
 * score = likelihood × impact, each from 1 to 5, so from 1 to 25; the level is
 * low for 1–4, medium for 5–9, high for 10–16 and critical for 20–25.
 * (A product of two whole numbers from 1 to 5 is never 17, 18 or 19.)
 */
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** The lowest score of each level. */
export const levelFloors: Record<RiskLevel, number> = { low: 1, medium: 5, high: 10, critical: 20 };

export const scaleValues = [1, 2, 3, 4, 5] as const;

function checkScale(value: number, name: string): void {
	if (!Number.isInteger(value) || value < 1 || value > 5) {
		throw new RangeError(`${name} must be a whole number from 1 to 5, not ${value}`);
	}
}

export function riskScore(likelihood: number, impact: number): number {
	checkScale(likelihood, 'likelihood');
	checkScale(impact, 'impact');
	return likelihood * impact;
}

export function levelOfScore(score: number): RiskLevel {
	if (score >= levelFloors.critical) {
		return 'critical';
	}
	if (score >= levelFloors.high) {
		return 'high';
	}
	return score >= levelFloors.medium ? 'medium' : 'low';
}

export function riskLevel(likelihood: number, impact: number): RiskLevel {
	return levelOfScore(riskScore(likelihood, impact));
}

/** The scores a risk is assessed at, after treatment; null while residual scores are missing. */
export function residualScore(risk: {
	residualLikelihood: number | null;
	residualImpact: number | null;
}): number | null {
	return risk.residualLikelihood === null || risk.residualImpact === null
		? null
		: riskScore(risk.residualLikelihood, risk.residualImpact);
}
