import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { indicatorTarget, type IndicatorAddress } from './indicator-target';
import { indicatorsTable } from './schema';

/** Deletes an indicator and its measurements (editors and owners). */
export async function deleteIndicator(ctx: UseCaseContext, input: IndicatorAddress): Promise<void> {
	const target = await indicatorTarget(ctx, input, 'plan.delete');
	await ctx.db.transaction(async (tx) => {
		await tx.delete(indicatorsTable).where(eq(indicatorsTable.id, target.indicator.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.delete-indicator',
				territoryId: target.territory.id,
				targetType: 'indicator',
				targetId: target.indicator.id,
				summary: { title: target.indicator.title }
			}
		);
	});
}
