import { m } from '$lib/paraglide/messages';
import type { RiskLevel } from '$lib/server/modules/risks/scoring';
import type { RiskState, RiskTreatment } from '$lib/server/modules/risks/vocabulary';

type Label = () => string;

export const levelLabels: Record<RiskLevel, Label> = {
	low: m.risks_level_low,
	medium: m.risks_level_medium,
	high: m.risks_level_high,
	critical: m.risks_level_critical
};

export const stateLabels: Record<RiskState, Label> = {
	open: m.risks_state_open,
	treating: m.risks_state_treating,
	accepted: m.risks_state_accepted,
	closed: m.risks_state_closed
};

export const treatmentLabels: Record<RiskTreatment, Label> = {
	avoid: m.risks_treatment_avoid,
	reduce: m.risks_treatment_reduce,
	transfer: m.risks_treatment_transfer,
	accept: m.risks_treatment_accept
};

export const treatmentLabel = (treatment: RiskTreatment | null): string =>
	treatment ? treatmentLabels[treatment]() : m.risks_treatment_none();

/** "12, high": the score with its level in words, so colour is never the only cue. */
export const scoreLabel = (score: number | null, level: RiskLevel | null): string =>
	score === null || level === null
		? m.risks_sheet_not_scored()
		: m.risks_score_level({ score, level: levelLabels[level]() });

/** The treatments in the order the forms offer them (the labels' order). */
export const treatmentChoices = Object.keys(treatmentLabels) as RiskTreatment[];
