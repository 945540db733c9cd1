import type { UseCaseContext } from '../../platform/actor';
import { canRound } from './policy';
import { territoryFor } from './round-target';
import { readScoreSharing, type ScoreSharing } from './sharing';

/** What a territory shares, for its members; `canManage` says whether the caller may change it. */
export async function getScoreSharing(
	ctx: UseCaseContext,
	territorySlug: string
): Promise<ScoreSharing & { canManage: boolean }> {
	const { territory, standing } = await territoryFor(ctx, territorySlug, 'round.view');
	return {
		...(await readScoreSharing(ctx.db, territory.id)),
		canManage: canRound(ctx.actor, 'sharing.manage', standing)
	};
}
