import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { standingIn, type Standing } from '../territories/policy';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../territories/queries';
import { assertCanPilot, canPilot, type PilotAction } from './policy';
import { pilotActionsTable } from './schema';

export type PilotRow = typeof pilotActionsTable.$inferSelect;

export const pilotAddress = z.object({ slug, pilotId: z.uuid() });
export type PilotAddress = z.infer<typeof pilotAddress>;

export interface PilotTarget {
	territory: TerritoryRow;
	standing: Standing;
	pilot: PilotRow;
	canEdit: boolean;
	canDelete: boolean;
}

/** The territory of `slug` and the actor's standing there, once `action` is allowed. */
export async function pilotTerritory(
	ctx: UseCaseContext,
	territorySlug: string,
	action: PilotAction
): Promise<{ territory: TerritoryRow; standing: Standing }> {
	if (!slug.safeParse(territorySlug).success) {
		throw notFound();
	}
	const territory = await territoryBySlugOrNotFound(ctx.db, territorySlug);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanPilot(ctx.actor, action, standing);
	return { territory, standing };
}

/**
 * A pilot action of a territory, once the actor may `action` it. A pilot action of another
 * territory is not found, whatever the actor's rights there.
 */
export async function pilotTarget(
	ctx: UseCaseContext,
	address: PilotAddress,
	action: PilotAction
): Promise<PilotTarget> {
	const parsed = pilotAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const { territory, standing } = await pilotTerritory(ctx, parsed.data.slug, action);
	const [pilot] = await ctx.db
		.select()
		.from(pilotActionsTable)
		.where(
			and(
				eq(pilotActionsTable.territoryId, territory.id),
				eq(pilotActionsTable.id, parsed.data.pilotId)
			)
		);
	if (!pilot) {
		throw notFound();
	}
	return {
		territory,
		standing,
		pilot,
		canEdit: canPilot(ctx.actor, 'pilot.edit', standing),
		canDelete: canPilot(ctx.actor, 'pilot.delete', standing)
	};
}

/**
 * Locks the pilot action's row for the rest of the transaction and checks nobody saved it
 * since `version` was read: otherwise 409, and the page shows what changed.
 */
export async function lockPilotAt(tx: DbOrTx, pilotId: string, version: number): Promise<PilotRow> {
	const [pilot] = await tx
		.select()
		.from(pilotActionsTable)
		.where(eq(pilotActionsTable.id, pilotId))
		.for('update');
	if (!pilot) {
		throw notFound();
	}
	if (pilot.version !== version) {
		throw conflict('roadmap_error_conflict');
	}
	return pilot;
}
