import type { UseCaseContext } from '../../platform/actor';
import { unauthenticated } from '../../platform/errors';
import { requireUser } from './policy';
import { type UserRow, findUserById } from './queries';

export type Profile = Omit<UserRow, 'passwordHash'>;

/** The signed-in account, without its password hash. */
export async function getProfile(ctx: UseCaseContext): Promise<Profile> {
	const actor = requireUser(ctx.actor);
	const user = await findUserById(ctx.db, actor.userId);
	if (!user) {
		// The session outlived its account (erased in another tab): treat as signed out.
		throw unauthenticated();
	}
	const { passwordHash: _passwordHash, ...profile } = user;
	return profile;
}
