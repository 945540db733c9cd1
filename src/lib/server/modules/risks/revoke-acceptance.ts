import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { parseInput, text } from '../../platform/validation';
import { recordDecision } from './decide-acceptance';
import { riskLimits, riskVersion } from './risk-input';
import { lockRiskAt, riskAddress, riskTarget, type RiskRow } from './risk-target';

export const revokeAcceptanceInput = riskAddress.extend({
	rationale: text({ min: 0, max: riskLimits.rationale }).default(''),
	version: riskVersion.optional()
});
export type RevokeAcceptanceOptions = z.input<typeof revokeAcceptanceInput>;

/**
 * Withdraws a risk's acceptance (plan.govern): the revocation is recorded beside the
 * acceptance, and the risk goes back into treatment.
 */
export async function revokeAcceptance(
	ctx: UseCaseContext,
	input: RevokeAcceptanceOptions
): Promise<RiskRow> {
	if (!riskAddress.safeParse(input).success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, input, 'plan.govern');
	const options = parseInput(revokeAcceptanceInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRiskAt(tx, target.risk.id, options.version);
		return recordDecision(ctx, tx, before, 'revoked', options.rationale);
	});
}
