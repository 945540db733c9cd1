import { count, eq, and, isNull } from 'drizzle-orm';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { AppError, conflict } from '../../platform/errors';
import type { DbOrTx } from '../../platform/db/client';
import type { RiskRow } from './risk-target';
import { riskAcceptancesTable, riskActionsTable, risksTable, type RiskSnapshot } from './schema';
import { acceptanceGaps, nextState } from './transitions';

/** What the risk looks like at the moment of a decision, kept with the decision. */
export async function snapshotOf(tx: DbOrTx, risk: RiskRow): Promise<RiskSnapshot> {
	const [open] = await tx
		.select({ n: count() })
		.from(riskActionsTable)
		.where(and(eq(riskActionsTable.riskId, risk.id), isNull(riskActionsTable.doneOn)));
	return {
		state: risk.state,
		likelihood: risk.likelihood,
		impact: risk.impact,
		treatment: risk.treatment,
		residualLikelihood: risk.residualLikelihood,
		residualImpact: risk.residualImpact,
		openActions: open?.n ?? 0
	};
}

/**
 * Moves a locked risk to its state after an acceptance or a revocation and appends the
 * decision, with the approver and the risk as it then is, in the caller's transaction.
 */
export async function recordDecision(
	ctx: UseCaseContext,
	tx: DbOrTx,
	before: RiskRow,
	decision: 'accepted' | 'revoked',
	rationale: string
): Promise<RiskRow> {
	if (ctx.actor.kind !== 'user') {
		throw new Error('Only a person decides an acceptance: the policy lets no one else here.');
	}
	const state = nextState(before.state, decision === 'accepted' ? 'accept' : 'revoke');
	if (state === null) {
		throw conflict(
			decision === 'accepted' ? 'risks_error_cannot_accept' : 'risks_error_not_accepted'
		);
	}
	const gaps = decision === 'accepted' ? acceptanceGaps(before) : [];
	if (gaps.length > 0) {
		// The risk is not ready: say which parts of the sheet are missing.
		throw new AppError(
			'conflict',
			'risks_error_accept_incomplete',
			Object.fromEntries(gaps.map((gap) => [gap, 'risks_error_accept_incomplete_field']))
		);
	}
	const now = clock(ctx);
	const [risk] = await tx
		.update(risksTable)
		.set({ state, version: before.version + 1, updatedAt: now })
		.where(eq(risksTable.id, before.id))
		.returning();
	if (!risk) {
		throw new Error('The risk update returned no row.');
	}
	const snapshot = await snapshotOf(tx, risk);
	await tx.insert(riskAcceptancesTable).values({
		territoryId: risk.territoryId,
		riskId: risk.id,
		decision,
		approverId: ctx.actor.userId,
		approverName: ctx.actor.displayName,
		rationale,
		snapshot,
		decidedAt: now
	});
	await recordAudit(
		{ ...ctx, db: tx },
		{
			action: decision === 'accepted' ? 'risks.accept-risk' : 'risks.revoke-acceptance',
			territoryId: risk.territoryId,
			targetType: 'risk',
			targetId: risk.id,
			summary: { ...snapshot, state: [before.state, risk.state], rationale }
		}
	);
	return risk;
}
