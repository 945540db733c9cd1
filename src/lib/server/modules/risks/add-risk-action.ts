import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { parseInput, text } from '../../platform/validation';
import { lockRiskAt, riskAddress, riskTarget } from './risk-target';
import type { RiskActionRow } from './risk-action-target';
import { riskActionsTable, risksTable } from './schema';
import { nextState } from './transitions';

export const riskActionFields = z.object({
	description: text({ max: 1_000 }),
	dueOn: z.preprocess(
		(v) => (v === '' ? null : v),
		z.iso.date({ message: 'risks_error_date' }).nullable().default(null)
	)
});

export const addRiskActionInput = riskAddress.extend(riskActionFields.shape);
export type AddRiskActionOptions = z.input<typeof addRiskActionInput>;

/**
 * Adds a treatment action with its due date (contributors and above). An open risk goes
 * into treatment; an accepted or closed one takes no new action (409).
 */
export async function addRiskAction(
	ctx: UseCaseContext,
	input: AddRiskActionOptions
): Promise<RiskActionRow> {
	if (!riskAddress.safeParse(input).success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, input, 'plan.edit');
	const options = parseInput(addRiskActionInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRiskAt(tx, target.risk.id, undefined);
		const state = nextState(before.state, 'treat');
		if (state === null) {
			throw conflict(
				before.state === 'accepted' ? 'risks_error_accepted_locked' : 'risks_error_transition'
			);
		}
		const now = clock(ctx);
		const [action] = await tx
			.insert(riskActionsTable)
			.values({
				territoryId: before.territoryId,
				riskId: before.id,
				description: options.description,
				dueOn: options.dueOn,
				createdAt: now
			})
			.returning();
		if (!action) {
			throw new Error('The risk action insert returned no row.');
		}
		await tx
			.update(risksTable)
			.set({ state, version: before.version + 1, updatedAt: now })
			.where(eq(risksTable.id, before.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.add-risk-action',
				territoryId: before.territoryId,
				targetType: 'risk',
				targetId: before.id,
				summary: { description: action.description, dueOn: action.dueOn }
			}
		);
		return action;
	});
}
