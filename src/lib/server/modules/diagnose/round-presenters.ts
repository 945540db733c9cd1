import type { z } from 'zod';
import type { roundSummarySchema } from './api-contracts';
import type { RoundRow } from './round-target';

export function presentRoundSummary(
	round: RoundRow,
	responses: number
): z.input<typeof roundSummarySchema> {
	return {
		id: round.id,
		assessmentId: round.assessmentId,
		periodStart: round.periodStart,
		periodEnd: round.periodEnd,
		status: round.status,
		responses,
		overall: round.results?.overall ?? null,
		level: round.results?.level ?? null
	};
}
