import type { UseCaseContext } from '../../platform/actor';
import { unauthenticated } from '../../platform/errors';
import { removeMember } from './remove-member';

/** The actor leaves a territory; the last owner cannot (see removeMember). */
export async function leaveTerritory(
	ctx: UseCaseContext,
	options: { slug: string }
): Promise<void> {
	if (ctx.actor.kind !== 'user') {
		throw unauthenticated();
	}
	await removeMember(ctx, { slug: options.slug, userId: ctx.actor.userId });
}
