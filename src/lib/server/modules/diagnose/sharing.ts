import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { assessmentSharingTable } from './schema';

export const peerSharingChoices = ['none', 'anonymous', 'named'] as const;
export type PeerSharing = (typeof peerSharingChoices)[number];

export interface ScoreSharing {
	peers: PeerSharing;
	withParent: boolean;
}

/** What a territory shares when it never chose: nothing. */
export const nothingShared: ScoreSharing = { peers: 'none', withParent: false };

export async function readScoreSharing(db: DbOrTx, territoryId: string): Promise<ScoreSharing> {
	const [row] = await db
		.select({
			peers: assessmentSharingTable.peers,
			withParent: assessmentSharingTable.withParent
		})
		.from(assessmentSharingTable)
		.where(eq(assessmentSharingTable.territoryId, territoryId));
	return row ?? nothingShared;
}
