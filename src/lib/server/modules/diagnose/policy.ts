import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, can, noStanding, type Standing } from '../territories/policy';

export type RoundAction = 'round.view' | 'round.answer' | 'round.manage';

/**
 * Assessment rounds are a territory's own diagnosis: its members read them (so do owners
 * of an ancestor territory, read only); contributors and above answer; owners and editors
 * open and close rounds. Admins may do everything, moderators read.
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
			return can(actor, 'territory.view-members', standing);
		case 'round.answer':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'contributor');
		case 'round.manage':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'editor');
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
