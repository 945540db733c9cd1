import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, can, noStanding, type Standing } from '../territories/policy';

export type PilotAction = 'pilot.view' | 'pilot.edit' | 'pilot.delete';

/**
 * Pilot actions are a territory's own plans, like its assessment rounds: members of any
 * role read them (owners of an ancestor territory too, read only); contributors and above
 * create them, edit them and change their status; owners and editors delete them. Admins
 * may do everything, moderators read.
 */
export function canPilot(
	actor: Actor,
	action: PilotAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	switch (action) {
		case 'pilot.view':
			return can(actor, 'territory.view-members', standing);
		case 'pilot.edit':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'contributor');
		case 'pilot.delete':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'editor');
	}
}

/** 401 for visitors, 404 for those who may not see the pilot actions at all, else 403. */
export function assertCanPilot(actor: Actor, action: PilotAction, standing: Standing): void {
	if (canPilot(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw canPilot(actor, 'pilot.view', standing) ? forbidden() : notFound();
}
