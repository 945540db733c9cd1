import type { RiskState } from './vocabulary';

/**
 * The acceptance state machine, as a table:
 * - `treat`: a treatment is chosen or an action added (open → treating);
 * - `accept`: an approver (plan.govern) accepts the risk as treated (treating → accepted);
 * - `revoke`: the acceptance is withdrawn, and treatment reopens (accepted → treating);
 * - `close`: the risk is no longer relevant (open or treating → closed);
 * - `reopen`: it is relevant again (closed → open).
 * An accepted risk is neither closed nor treated again without a revocation first.
 */
export const riskEvents = ['treat', 'accept', 'revoke', 'close', 'reopen'] as const;
export type RiskEvent = (typeof riskEvents)[number];

const table: Record<RiskEvent, Partial<Record<RiskState, RiskState>>> = {
	treat: { open: 'treating', treating: 'treating' },
	accept: { treating: 'accepted' },
	revoke: { accepted: 'treating' },
	close: { open: 'closed', treating: 'closed' },
	reopen: { closed: 'open' }
};

/** The state after `event`, or null when the event is not allowed from `state`. */
export function nextState(state: RiskState, event: RiskEvent): RiskState | null {
	return table[event][state] ?? null;
}

/** The events allowed from a state, to offer only the buttons that can work. */
export function allowedEvents(state: RiskState): RiskEvent[] {
	return riskEvents.filter((event) => nextState(state, event) !== null);
}

/** What is missing before a risk may be accepted: a treatment and both residual scores. */
export function acceptanceGaps(risk: {
	treatment: string | null;
	residualLikelihood: number | null;
	residualImpact: number | null;
}): ('treatment' | 'residualLikelihood' | 'residualImpact')[] {
	const gaps: ('treatment' | 'residualLikelihood' | 'residualImpact')[] = [];
	if (risk.treatment === null) {
		gaps.push('treatment');
	}
	if (risk.residualLikelihood === null) {
		gaps.push('residualLikelihood');
	}
	if (risk.residualImpact === null) {
		gaps.push('residualImpact');
	}
	return gaps;
}
