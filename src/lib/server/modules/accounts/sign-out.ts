import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { closeSession } from './sessions';

export interface SignOutOptions {
	/** The session of the request; null when there is none (nothing to close). */
	sessionId: string | null;
}

/** Closes the current browser session. Signing out twice is not an error. */
export async function signOut(ctx: UseCaseContext, options: SignOutOptions): Promise<void> {
	const { sessionId } = options;
	if (!sessionId || ctx.actor.kind !== 'user') {
		return;
	}
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		await closeSession(tx, sessionId);
		await recordAudit(
			{ ...ctx, db: tx },
			{ action: 'accounts.sign-out', targetType: 'user', targetId: actor.userId }
		);
	});
}
