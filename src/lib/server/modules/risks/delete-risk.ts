import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { riskTitle } from './content';
import { riskTarget, type RiskAddress } from './risk-target';
import { risksTable } from './schema';

/** Deletes a risk with its actions and acceptance history (editors and owners). */
export async function deleteRisk(ctx: UseCaseContext, input: RiskAddress): Promise<void> {
	const target = await riskTarget(ctx, input, 'plan.delete');
	await ctx.db.transaction(async (tx) => {
		await tx.delete(risksTable).where(eq(risksTable.id, target.risk.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.delete-risk',
				territoryId: target.territory.id,
				targetType: 'risk',
				targetId: target.risk.id,
				summary: {
					title: riskTitle(target.risk, 'en'),
					macroChallengeId: target.risk.macroChallengeId,
					state: target.risk.state
				}
			}
		);
	});
}
