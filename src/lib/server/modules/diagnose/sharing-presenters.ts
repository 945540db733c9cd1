import type { PeerComparison } from './compare-with-peers';
import type { MemberScoresView } from './list-member-scores';
import type { ConsolidatedScore } from './score-answers';

const scoresOf = (results: ConsolidatedScore) =>
	results.dimensions.map((d) => ({ id: d.dimensionId, score: d.score, level: d.level }));

export function presentPeerComparison(comparison: PeerComparison) {
	return {
		assessmentId: comparison.assessment.id,
		group: comparison.group,
		peerCount: comparison.peerCount,
		reason: comparison.reason,
		overall: comparison.overall,
		dimensions:
			comparison.dimensions?.map((d) => ({ id: d.dimensionId, own: d.own, peers: d.peers })) ??
			null,
		named: comparison.named.map((peer) => ({
			name: peer.name,
			slug: peer.slug,
			periodEnd: peer.periodEnd,
			overall: peer.results.overall,
			dimensions: scoresOf(peer.results)
		}))
	};
}

export function presentMemberScores(view: MemberScoresView) {
	return {
		assessmentId: view.assessment.id,
		members: view.members.map((member) => ({
			name: member.name,
			slug: member.slug,
			shared: member.shared,
			roundOpen: member.roundOpen,
			latest: member.latest && {
				periodEnd: member.latest.periodEnd,
				overall: member.latest.results.overall,
				level: member.latest.results.level,
				dimensions: scoresOf(member.latest.results)
			}
		}))
	};
}
