import type { Actor, UserActor } from '../../platform/actor';
import { unauthenticated } from '../../platform/errors';

/**
 * Who may do what in the accounts module. An account only ever acts on itself; other
 * people's tokens answer "not found" (not "forbidden") so that ids cannot be probed.
 */
export function requireUser(actor: Actor): UserActor {
	if (actor.kind !== 'user') {
		throw unauthenticated();
	}
	return actor;
}

export function canManageApiToken(actor: Actor, token: { userId: string }): boolean {
	return actor.kind === 'user' && actor.userId === token.userId;
}
