import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict } from '../../platform/errors';
import { riskActionTarget, type RiskActionAddress } from './risk-action-target';
import { riskActionsTable } from './schema';

/** Removes a treatment action (contributors and above), not from an accepted risk. */
export async function deleteRiskAction(
	ctx: UseCaseContext,
	input: RiskActionAddress
): Promise<void> {
	const target = await riskActionTarget(ctx, input);
	if (target.risk.state === 'accepted') {
		throw conflict('risks_error_accepted_locked');
	}
	await ctx.db.transaction(async (tx) => {
		await tx.delete(riskActionsTable).where(eq(riskActionsTable.id, target.action.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.delete-risk-action',
				territoryId: target.territory.id,
				targetType: 'risk',
				targetId: target.risk.id,
				summary: { description: target.action.description }
			}
		);
	});
}
