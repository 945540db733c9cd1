import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, can, noStanding, type Standing } from '../territories/policy';

export type WorksheetAction = 'worksheet.view' | 'worksheet.save';

/**
 * Worksheets are a territory's working documents: its members read them (so do owners of an
 * ancestor territory, read only); contributors and above save them. Admins may do both,
 * moderators may read.
 */
export function canWorksheet(
	actor: Actor,
	action: WorksheetAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	switch (action) {
		case 'worksheet.view':
			// Whoever may see the territory's members may read its worksheets.
			return can(actor, 'territory.view-members', standing);
		case 'worksheet.save':
			return actor.platformRole === 'admin' || atLeast(standing.role, 'contributor');
	}
}

/** 401 for visitors, 404 for those who may not see the worksheets at all, else 403. */
export function assertCanWorksheet(
	actor: Actor,
	action: WorksheetAction,
	standing: Standing
): void {
	if (canWorksheet(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw canWorksheet(actor, 'worksheet.view', standing) ? forbidden() : notFound();
}
