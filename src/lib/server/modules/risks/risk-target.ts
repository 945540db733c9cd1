import { and, eq } from 'drizzle-orm';
import { planRights, planTerritory } from '../roadmap/solution-target';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import type { PlanAction } from '../roadmap/plan-policy';
import type { Standing } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { risksTable } from './schema';

export type RiskRow = typeof risksTable.$inferSelect;

export const riskAddress = z.object({ slug, riskId: z.uuid() });
export type RiskAddress = z.infer<typeof riskAddress>;

export interface RiskRights {
	canEdit: boolean;
	canDelete: boolean;
	canGovern: boolean;
}

export interface RiskTarget extends RiskRights {
	territory: TerritoryRow;
	standing: Standing;
	risk: RiskRow;
}

/** The territory of `slug`, the actor's standing there and rights, once `action` is allowed. */
export async function riskTerritory(
	ctx: UseCaseContext,
	territorySlug: string,
	action: PlanAction
): Promise<{ territory: TerritoryRow; standing: Standing } & RiskRights> {
	const found = await planTerritory(ctx, territorySlug, action);
	return { ...found, ...planRights(ctx, found.standing) };
}

/**
 * A risk of a territory, once the actor may `action` it. A risk of another territory is
 * not found, whatever the actor's rights there.
 */
export async function riskTarget(
	ctx: UseCaseContext,
	address: RiskAddress,
	action: PlanAction
): Promise<RiskTarget> {
	const parsed = riskAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const found = await riskTerritory(ctx, parsed.data.slug, action);
	const [risk] = await ctx.db
		.select()
		.from(risksTable)
		.where(
			and(eq(risksTable.territoryId, found.territory.id), eq(risksTable.id, parsed.data.riskId))
		);
	if (!risk) {
		throw notFound();
	}
	return { ...found, risk };
}

/** The message of a stale edit (409): someone saved the risk since it was read. */
export const staleRiskKey = 'risks_error_conflict';

/**
 * Locks the risk's row for the rest of the transaction and, when a version is given,
 * checks nobody saved it since: otherwise 409, and the page shows what changed.
 */
export async function lockRiskAt(
	tx: DbOrTx,
	riskId: string,
	version: number | undefined
): Promise<RiskRow> {
	const [risk] = await tx.select().from(risksTable).where(eq(risksTable.id, riskId)).for('update');
	if (!risk) {
		throw notFound();
	}
	if (version !== undefined && risk.version !== version) {
		throw conflict(staleRiskKey);
	}
	return risk;
}
