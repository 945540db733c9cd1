import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, noStanding, type Standing } from '../territories/policy';

export type RoundAction = 'round.view' | 'round.answer' | 'round.manage' | 'sharing.manage';

/**
 * Assessment rounds are a territory's own diagnosis: its members read them; contributors
 * and above answer; owners and editors open and close rounds; owners decide what is
 * shared. An ancestor territory's members see nothing of them unless the territory shares
 * its scores with its parent, and then only the scores (list-member-scores.ts). Admins may
 * do everything, moderators read.
 */
export function canRound(
	actor: Actor,
	action: RoundAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	switch (action) {
		case 'round.view':
			return (
				actor.platformRole === 'admin' ||
				actor.platformRole === 'moderator' ||
				standing.role !== null
			);
		case 'round.answer':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'contributor');
		case 'round.manage':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'editor');
		case 'sharing.manage':
			return actor.platformRole === 'admin' || standing.role === 'owner';
	}
}

/** 401 for visitors, 404 for those who may not see the rounds at all, else 403. */
export function assertCanRound(actor: Actor, action: RoundAction, standing: Standing): void {
	if (canRound(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw canRound(actor, 'round.view', standing) ? forbidden() : notFound();
}
