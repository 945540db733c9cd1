import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { parseInput, text } from '../../platform/validation';
import { recordDecision } from './decide-acceptance';
import { riskLimits, riskVersion } from './risk-input';
import { lockRiskAt, riskAddress, riskTarget, type RiskRow } from './risk-target';

export const acceptRiskInput = riskAddress.extend({
	/** Why the remaining risk is acceptable: required, it is the decision's record. */
	rationale: text({ max: riskLimits.rationale }),
	/** The version the approver saw; when given, a risk saved since is not accepted (409). */
	version: riskVersion.optional()
});
export type AcceptRiskOptions = z.input<typeof acceptRiskInput>;

/**
 * Accepts a risk in treatment (editors and owners: plan.govern). It needs a treatment and
 * both residual scores; the decision keeps the approver, the time and the risk as it is.
 */
export async function acceptRisk(ctx: UseCaseContext, input: AcceptRiskOptions): Promise<RiskRow> {
	if (!riskAddress.safeParse(input).success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, input, 'plan.govern');
	const options = parseInput(acceptRiskInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRiskAt(tx, target.risk.id, options.version);
		return recordDecision(ctx, tx, before, 'accepted', options.rationale);
	});
}
