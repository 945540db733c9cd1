import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { riskAddress, riskTarget, type RiskTarget } from './risk-target';
import { riskActionsTable } from './schema';

export type RiskActionRow = typeof riskActionsTable.$inferSelect;

export const riskActionAddress = riskAddress.extend({ actionId: z.uuid() });
export type RiskActionAddress = z.infer<typeof riskActionAddress>;

/** A treatment action of a risk of the territory, once the actor may edit the risk. */
export async function riskActionTarget(
	ctx: UseCaseContext,
	address: RiskActionAddress
): Promise<RiskTarget & { action: RiskActionRow }> {
	const parsed = riskActionAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, parsed.data, 'plan.edit');
	const [action] = await ctx.db
		.select()
		.from(riskActionsTable)
		.where(
			and(
				eq(riskActionsTable.riskId, target.risk.id),
				eq(riskActionsTable.id, parsed.data.actionId)
			)
		);
	if (!action) {
		throw notFound();
	}
	return { ...target, action };
}
