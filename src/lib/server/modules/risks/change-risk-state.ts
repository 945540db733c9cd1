import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { riskVersion } from './risk-input';
import { lockRiskAt, riskAddress, riskTarget, type RiskRow } from './risk-target';
import { risksTable } from './schema';
import { nextState } from './transitions';

export const changeRiskStateInput = riskAddress.extend({
	/** Close a risk no longer relevant, or reopen a closed one. */
	event: z.enum(['close', 'reopen'], { message: 'risks_error_event' }),
	version: riskVersion.optional()
});
export type ChangeRiskStateOptions = z.input<typeof changeRiskStateInput>;

/** Closes or reopens a risk (contributors and above); an accepted risk is revoked first. */
export async function changeRiskState(
	ctx: UseCaseContext,
	input: ChangeRiskStateOptions
): Promise<RiskRow> {
	if (!riskAddress.safeParse(input).success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, input, 'plan.edit');
	const options = parseInput(changeRiskStateInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRiskAt(tx, target.risk.id, options.version);
		const state = nextState(before.state, options.event);
		if (state === null) {
			throw conflict(
				before.state === 'accepted' ? 'risks_error_accepted_locked' : 'risks_error_transition'
			);
		}
		const [risk] = await tx
			.update(risksTable)
			.set({ state, version: before.version + 1, updatedAt: clock(ctx) })
			.where(eq(risksTable.id, before.id))
			.returning();
		if (!risk) {
			throw new Error('The risk update returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: options.event === 'close' ? 'risks.close-risk' : 'risks.reopen-risk',
				territoryId: risk.territoryId,
				targetType: 'risk',
				targetId: risk.id,
				summary: { state: [before.state, state] }
			}
		);
		return risk;
	});
}
