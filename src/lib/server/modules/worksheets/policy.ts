import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, noStanding, type Standing } from '../territories/policy';

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
	const admin = actor.platformRole === 'admin';
	const { role, ancestorRole } = standing;
	switch (action) {
		case 'worksheet.view':
			return (
				admin || actor.platformRole === 'moderator' || role !== null || ancestorRole === 'owner'
			);
		case 'worksheet.save':
			return admin || atLeast(role, 'contributor');
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
