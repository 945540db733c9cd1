import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { territoriesTable } from '../territories/schema';
import type { ConsolidatedScore } from './score-answers';
import { assessmentRoundsTable, assessmentSharingTable } from './schema';
import type { PeerSharing } from './sharing';

export interface LatestClosedRound {
	territoryId: string;
	name: string;
	slug: string;
	kind: string;
	country: string;
	population: number | null;
	peers: PeerSharing;
	withParent: boolean;
	roundId: string;
	periodEnd: string;
	closedAt: Date | null;
	results: ConsolidatedScore;
}

const latestColumns = {
	territoryId: assessmentRoundsTable.territoryId,
	name: territoriesTable.name,
	slug: territoriesTable.slug,
	kind: territoriesTable.kind,
	country: territoriesTable.country,
	population: territoriesTable.population,
	peers: assessmentSharingTable.peers,
	withParent: assessmentSharingTable.withParent,
	roundId: assessmentRoundsTable.id,
	periodEnd: assessmentRoundsTable.periodEnd,
	closedAt: assessmentRoundsTable.closedAt,
	results: assessmentRoundsTable.results
};

/** Each matching territory's most recently closed round of `assessmentId` (one per territory). */
async function latestClosedRounds(
	db: DbOrTx,
	assessmentId: string,
	territoryFilter: ReturnType<typeof and>
): Promise<LatestClosedRound[]> {
	const rows = await db
		.selectDistinctOn([assessmentRoundsTable.territoryId], latestColumns)
		.from(assessmentRoundsTable)
		.innerJoin(territoriesTable, eq(territoriesTable.id, assessmentRoundsTable.territoryId))
		.innerJoin(
			assessmentSharingTable,
			eq(assessmentSharingTable.territoryId, assessmentRoundsTable.territoryId)
		)
		.where(
			and(
				eq(assessmentRoundsTable.assessmentId, assessmentId),
				eq(assessmentRoundsTable.status, 'closed'),
				territoryFilter
			)
		)
		.orderBy(assessmentRoundsTable.territoryId, desc(assessmentRoundsTable.closedAt));
	return rows.flatMap((row) => (row.results ? [{ ...row, results: row.results }] : []));
}

/** The latest closed rounds of every territory but `exceptTerritoryId` that shares with peers. */
export function latestPeerRounds(
	db: DbOrTx,
	assessmentId: string,
	exceptTerritoryId: string
): Promise<LatestClosedRound[]> {
	return latestClosedRounds(
		db,
		assessmentId,
		and(
			ne(assessmentRoundsTable.territoryId, exceptTerritoryId),
			ne(assessmentSharingTable.peers, 'none')
		)
	);
}

/** The latest closed rounds of those of `memberIds` that share their scores with their parent. */
export function latestMemberRounds(
	db: DbOrTx,
	assessmentId: string,
	memberIds: readonly string[]
): Promise<LatestClosedRound[]> {
	if (memberIds.length === 0) {
		return Promise.resolve([]);
	}
	return latestClosedRounds(
		db,
		assessmentId,
		and(
			inArray(assessmentRoundsTable.territoryId, [...memberIds]),
			eq(assessmentSharingTable.withParent, true)
		)
	);
}
