import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput } from '../../platform/validation';
import { riskActionAddress, riskActionTarget, type RiskActionRow } from './risk-action-target';
import { riskActionsTable } from './schema';

export const completeRiskActionInput = riskActionAddress.extend({
	/** The day the action was done; blank marks it not done again. */
	doneOn: z.preprocess(
		(v) => (v === '' ? null : v),
		z.iso.date({ message: 'risks_error_date' }).nullable()
	)
});
export type CompleteRiskActionOptions = z.input<typeof completeRiskActionInput>;

/**
 * Records when a treatment action was done (contributors and above). Allowed on an
 * accepted risk too: it records a fact, it does not change the accepted assessment.
 */
export async function completeRiskAction(
	ctx: UseCaseContext,
	input: CompleteRiskActionOptions
): Promise<RiskActionRow> {
	const target = await riskActionTarget(ctx, input);
	const options = parseInput(completeRiskActionInput, input);
	return ctx.db.transaction(async (tx) => {
		const [action] = await tx
			.update(riskActionsTable)
			.set({ doneOn: options.doneOn })
			.where(eq(riskActionsTable.id, target.action.id))
			.returning();
		if (!action) {
			throw new Error('The risk action update returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.complete-risk-action',
				territoryId: target.territory.id,
				targetType: 'risk',
				targetId: target.risk.id,
				summary: { description: action.description, doneOn: [target.action.doneOn, action.doneOn] }
			}
		);
		return action;
	});
}
