import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { memberTerritories } from './list-member-scores';
import {
	assertRoundFieldsMakeSense,
	insertRound,
	openRoundInput,
	type OpenRoundInput
} from './open-round';
import { territoryFor } from './round-target';

export interface MemberRoundsOpened {
	/** One round per member territory, in the order of their names. */
	rounds: { territorySlug: string; roundId: string }[];
}

/**
 * An intermunicipal authority opens a round of one assessment in every member territory
 * at once (e.g. the cybersecurity diagnostic across its municipalities). Each round then
 * belongs to its member: the member's own people answer and close it, and its scores
 * reach the parent only if the member shares them. All rounds open, or none.
 */
export async function openMemberRounds(
	ctx: UseCaseContext,
	input: OpenRoundInput
): Promise<MemberRoundsOpened> {
	const options = parseInput(openRoundInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'round.manage');
	assertRoundFieldsMakeSense(options);
	const members = await memberTerritories(ctx.db, territory.id);
	if (members.length === 0) {
		throw invalid({ form: 'diagnose_error_no_members' });
	}
	return ctx.db.transaction(async (tx) => {
		const rounds: MemberRoundsOpened['rounds'] = [];
		for (const member of members) {
			const round = await insertRound(ctx, tx, member.id, options);
			rounds.push({ territorySlug: member.slug, roundId: round.id });
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'diagnose.open-member-rounds',
				territoryId: territory.id,
				targetType: 'territory',
				targetId: territory.id,
				summary: {
					assessmentId: options.assessmentId,
					periodStart: options.periodStart,
					periodEnd: options.periodEnd,
					members: members.length
				}
			}
		);
		return { rounds };
	});
}
