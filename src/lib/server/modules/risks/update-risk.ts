import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { assertOwnerIsMember, riskFields, riskIdentity, riskVersion } from './risk-input';
import { lockRiskAt, riskAddress, riskTarget, type RiskRow } from './risk-target';
import { risksTable } from './schema';
import { nextState } from './transitions';

export const updateRiskInput = riskFields.extend({ ...riskAddress.shape, version: riskVersion });
export type UpdateRiskOptions = z.input<typeof updateRiskInput>;

/** The assessment an acceptance was given on: frozen while the risk is accepted. */
const assessedFields = [
	'likelihood',
	'impact',
	'treatment',
	'residualLikelihood',
	'residualImpact'
] as const;

/**
 * Saves a risk's sheet (contributors and above). `version` is the one the editor started
 * from: if someone saved in between, nothing is written and the answer is 409. An accepted
 * risk keeps its scores and treatment until its acceptance is revoked (409 otherwise).
 */
export async function updateRisk(ctx: UseCaseContext, input: UpdateRiskOptions): Promise<RiskRow> {
	// A malformed address is not found (404), like an unknown one; then the fields are checked.
	if (!riskAddress.safeParse(input).success) {
		throw notFound();
	}
	const target = await riskTarget(ctx, input, 'plan.edit');
	const options = parseInput(updateRiskInput, input);
	const identity = riskIdentity(target.risk.taxonomyRiskId, options);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRiskAt(tx, target.risk.id, options.version);
		await assertOwnerIsMember(tx, target.territory.id, options.ownerId);
		if (before.state === 'accepted' && assessedFields.some((f) => before[f] !== options[f])) {
			throw conflict('risks_error_accepted_locked');
		}
		const columns = {
			...identity,
			description: options.description,
			likelihood: options.likelihood,
			impact: options.impact,
			ownerId: options.ownerId,
			treatment: options.treatment,
			residualLikelihood: options.residualLikelihood,
			residualImpact: options.residualImpact,
			reviewOn: options.reviewOn
		};
		// Choosing a treatment puts an open risk in treatment; other states keep theirs.
		const state =
			options.treatment && before.state === 'open'
				? (nextState(before.state, 'treat') ?? before.state)
				: before.state;
		const [risk] = await tx
			.update(risksTable)
			.set({ ...columns, state, version: before.version + 1, updatedAt: clock(ctx) })
			.where(eq(risksTable.id, before.id))
			.returning();
		if (!risk) {
			throw new Error('The risk update returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.update-risk',
				territoryId: target.territory.id,
				targetType: 'risk',
				targetId: risk.id,
				summary: diff(before, { ...columns, state })
			}
		);
		return risk;
	});
}
