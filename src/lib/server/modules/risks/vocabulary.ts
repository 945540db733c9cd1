/** Values stored on risks; labels live in the `risks_*` messages. */
export const riskTreatments = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export const riskStates = ['open', 'treating', 'accepted', 'closed'] as const;
export const acceptanceDecisions = ['accepted', 'revoked'] as const;
/** Which scores the heat matrix shows: before treatment, or after. */
export const matrixScores = ['inherent', 'residual'] as const;

export type RiskTreatment = (typeof riskTreatments)[number];
export type RiskState = (typeof riskStates)[number];
export type MatrixScores = (typeof matrixScores)[number];
