import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput, slug } from '../../platform/validation';
import { territoryFor } from './round-target';
import { assessmentSharingTable } from './schema';
import { peerSharingChoices, readScoreSharing, type ScoreSharing } from './sharing';

/** The sharing form's fields; an unticked checkbox sends nothing, hence the default. */
export const scoreSharingFields = z.object({
	peers: z.enum(peerSharingChoices, { message: 'diagnose_error_sharing_choice' }),
	withParent: z.union([z.boolean(), z.stringbool()]).default(false)
});

export const setScoreSharingInput = scoreSharingFields.extend({ slug });
export type SetScoreSharingInput = z.input<typeof setScoreSharingInput>;

/**
 * A territory's owners decide whether its closed rounds' scores count, anonymously or by
 * name, in other territories' peer comparisons, and whether its parent territory sees
 * them. Answers and respondents are never shared; only scores per dimension.
 */
export async function setScoreSharing(
	ctx: UseCaseContext,
	input: SetScoreSharingInput
): Promise<ScoreSharing> {
	const options = parseInput(setScoreSharingInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'sharing.manage');
	const chosen: ScoreSharing = { peers: options.peers, withParent: options.withParent };
	const updatedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	return ctx.db.transaction(async (tx) => {
		const before = await readScoreSharing(tx, territory.id);
		await tx
			.insert(assessmentSharingTable)
			.values({ territoryId: territory.id, ...chosen, updatedBy, updatedAt: clock(ctx) })
			.onConflictDoUpdate({
				target: assessmentSharingTable.territoryId,
				set: { ...chosen, updatedBy, updatedAt: clock(ctx) }
			});
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'diagnose.set-score-sharing',
				territoryId: territory.id,
				targetType: 'territory',
				targetId: territory.id,
				summary: { before, after: chosen }
			}
		);
		return chosen;
	});
}
