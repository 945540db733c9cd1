import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, can, noStanding, type Standing } from '../territories/policy';

export type StakeholderAction = 'stakeholder.view' | 'stakeholder.edit' | 'stakeholder.manage';

/**
 * The ecosystem map is a territory's own working document, like its assessment rounds:
 * members of any role read it (so do owners of an ancestor territory, read only);
 * contributors and above add and edit stakeholders; owners and editors delete them,
 * add the territory's own categories and import files. Admins may do everything,
 * moderators read.
 */
export function canStakeholder(
	actor: Actor,
	action: StakeholderAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	switch (action) {
		case 'stakeholder.view':
			return can(actor, 'territory.view-members', standing);
		case 'stakeholder.edit':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'contributor');
		case 'stakeholder.manage':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'editor');
	}
}

/** 401 for visitors, 404 for those who may not see the ecosystem at all, else 403. */
export function assertCanStakeholder(
	actor: Actor,
	action: StakeholderAction,
	standing: Standing
): void {
	if (canStakeholder(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw canStakeholder(actor, 'stakeholder.view', standing) ? forbidden() : notFound();
}
