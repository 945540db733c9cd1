import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { standingIn, type Standing } from '../territories/policy';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../territories/queries';
import type { AssessmentFile } from './assessment-schema';
import { assessmentOrNotFound } from './content';
import { assertCanRound, canRound, type RoundAction } from './policy';
import { assessmentRoundsTable } from './schema';

export type RoundRow = typeof assessmentRoundsTable.$inferSelect;

export const roundAddress = z.object({ slug, roundId: z.uuid() });
export type RoundAddress = z.infer<typeof roundAddress>;

export interface RoundTarget {
	territory: TerritoryRow;
	standing: Standing;
	round: RoundRow;
	assessment: AssessmentFile;
	canAnswer: boolean;
	canManage: boolean;
}

/** The territory of `slug` and the actor's standing there, once `action` is allowed. */
export async function territoryFor(
	ctx: UseCaseContext,
	territorySlug: string,
	action: RoundAction
): Promise<{ territory: TerritoryRow; standing: Standing }> {
	if (!slug.safeParse(territorySlug).success) {
		throw notFound();
	}
	const territory = await territoryBySlugOrNotFound(ctx.db, territorySlug);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanRound(ctx.actor, action, standing);
	return { territory, standing };
}

/**
 * A round of a territory, once the actor may `action` it. A round of another territory is
 * not found, whatever the actor's rights there.
 */
export async function roundTarget(
	ctx: UseCaseContext,
	address: RoundAddress,
	action: RoundAction
): Promise<RoundTarget> {
	const parsed = roundAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const { territory, standing } = await territoryFor(ctx, parsed.data.slug, action);
	const round = await findRound(ctx.db, territory.id, parsed.data.roundId);
	if (!round) {
		throw notFound();
	}
	return {
		territory,
		standing,
		round,
		assessment: assessmentOrNotFound(round.assessmentId),
		canAnswer: canRound(ctx.actor, 'round.answer', standing),
		canManage: canRound(ctx.actor, 'round.manage', standing)
	};
}

export async function findRound(
	db: DbOrTx,
	territoryId: string,
	roundId: string
): Promise<RoundRow | undefined> {
	const [round] = await db
		.select()
		.from(assessmentRoundsTable)
		.where(
			and(eq(assessmentRoundsTable.territoryId, territoryId), eq(assessmentRoundsTable.id, roundId))
		);
	return round;
}

/**
 * Locks the round's row for the rest of the transaction and checks it is still open: a
 * round closed meanwhile must not take a late answer into results already computed, nor
 * be closed twice (409).
 */
export async function lockOpenRound(tx: DbOrTx, roundId: string): Promise<void> {
	const [round] = await tx
		.select({ status: assessmentRoundsTable.status })
		.from(assessmentRoundsTable)
		.where(eq(assessmentRoundsTable.id, roundId))
		.for('update');
	if (round?.status !== 'open') {
		throw conflict('diagnose_error_round_closed');
	}
}
