import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { populationBandOf } from '../catalogue/vocabulary';
import type { TerritoryRow } from '../territories/queries';
import type { AssessmentFile } from './assessment-schema';
import { distributionOf, type Distribution } from './distribution';
import { latestPeerRounds, type LatestClosedRound } from './peer-rounds';
import { roundAddress, roundTarget, type RoundRow } from './round-target';
import type { ConsolidatedScore } from './score-answers';

/** Below this many territories, a distribution could give a single peer's score away. */
export const minimumPeers = 5;

export const peerGroups = ['population-band', 'country', 'kind'] as const;
export type PeerGroup = (typeof peerGroups)[number];

export const compareWithPeersInput = roundAddress.extend({ group: z.string().default('kind') });
export type CompareWithPeersInput = z.input<typeof compareWithPeersInput>;

export interface PeerDimension {
	dimensionId: string;
	own: number | null;
	/** Null when fewer than `minimumPeers` peers scored the dimension. */
	peers: Distribution | null;
}

export interface NamedPeer {
	name: string;
	slug: string;
	periodEnd: string;
	results: ConsolidatedScore;
}

export interface PeerComparison {
	assessment: AssessmentFile;
	round: RoundRow;
	territory: TerritoryRow;
	group: PeerGroup;
	/** Territories of the group whose latest closed round counts. */
	peerCount: number;
	/** Null, with the reason, when too few peers share: nothing is shown then. */
	dimensions: PeerDimension[] | null;
	overall: Distribution | null;
	reason: 'too-few-peers' | null;
	/** Peers that chose to be seen by name; shown whatever their number. */
	named: NamedPeer[];
}

function inGroup(group: PeerGroup, territory: TerritoryRow, peer: LatestClosedRound): boolean {
	switch (group) {
		case 'kind':
			return peer.kind === territory.kind;
		case 'country':
			return peer.country === territory.country;
		case 'population-band':
			return (
				territory.population !== null &&
				peer.population !== null &&
				populationBandOf(peer.population) === populationBandOf(territory.population)
			);
	}
}

function distributionOrNull(values: (number | null)[]): Distribution | null {
	const scores = values.filter((value): value is number => value !== null);
	return scores.length >= minimumPeers ? distributionOf(scores) : null;
}

/**
 * A closed round's scores beside those of peer territories (same kind, country or
 * population band) that share theirs: median and quartiles per dimension, computed only
 * when at least five peers contribute, so that no single territory's score can be read
 * from them. Peers sharing by name are also listed by name.
 */
export async function compareWithPeers(
	ctx: UseCaseContext,
	input: CompareWithPeersInput
): Promise<PeerComparison> {
	const options = parseInput(compareWithPeersInput, input);
	const target = await roundTarget(ctx, options, 'round.view');
	// Checked once the caller may see the round: a refusal says nothing about the input.
	const group = peerGroups.find((candidate) => candidate === options.group);
	if (!group) {
		throw invalid({ group: 'diagnose_error_peer_group' });
	}
	if (!target.round.results) {
		throw invalid({ form: 'diagnose_error_peers_open_round' });
	}
	if (group === 'population-band' && target.territory.population === null) {
		throw invalid({ group: 'diagnose_error_peers_no_population' });
	}
	const own = target.round.results;
	const peers = (
		await latestPeerRounds(ctx.db, target.round.assessmentId, target.territory.id)
	).filter((peer) => inGroup(group, target.territory, peer));
	const enough = peers.length >= minimumPeers;
	return {
		assessment: target.assessment,
		round: target.round,
		territory: target.territory,
		group,
		peerCount: peers.length,
		dimensions: enough
			? own.dimensions.map((dimension) => ({
					dimensionId: dimension.dimensionId,
					own: dimension.score,
					peers: distributionOrNull(
						peers.map(
							(peer) =>
								peer.results.dimensions.find((d) => d.dimensionId === dimension.dimensionId)
									?.score ?? null
						)
					)
				}))
			: null,
		overall: enough ? distributionOrNull(peers.map((peer) => peer.results.overall)) : null,
		reason: enough ? null : 'too-few-peers',
		named: peers
			.filter((peer) => peer.peers === 'named')
			.map(({ name, slug, periodEnd, results }) => ({ name, slug, periodEnd, results }))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
}
