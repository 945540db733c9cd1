import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { config } from '../../platform/config';
import { invalid } from '../../platform/errors';
import { logger } from '../../platform/logger';
import { email } from '../../platform/validation';
import {
	assertNotThrottled,
	clearThrottle,
	recordThrottledAttempt,
	signInEmailKey,
	signInKeys
} from './auth-throttle';
import { enteredPassword } from './password-confirmation';
import {
	hashPassword,
	needsRehash,
	verifyAgainstDummyHash,
	verifyPassword
} from './password-hashing';
import { findUserByEmail, userActor } from './queries';
import { usersTable } from './schema';
import { closeSession, openSession } from './sessions';
import type { SignedIn } from './sign-up';

export const signInInput = z.object({ email, password: enteredPassword });

export type SignInOptions = z.output<typeof signInInput> & {
	/** For the per-address throttle (`event.getClientAddress()`). */
	clientAddress: string;
	userAgent: string | null;
	/** The session this browser had, closed so that a new one replaces it (rotation). */
	previousSessionId: string | null;
};

/** One message for an unknown email and a wrong password, so accounts cannot be probed. */
export const signInFailed = () => invalid({}, 'accounts_sign_in_failed');

/**
 * Checks the password and opens a session. Failures count towards a lock on the email and
 * on the client address; a success clears the email's count.
 */
export async function signIn(ctx: UseCaseContext, options: SignInOptions): Promise<SignedIn> {
	const now = clock(ctx);
	const keys = signInKeys(options.email, options.clientAddress);
	await assertNotThrottled(ctx.db, keys, now);

	const user = await findUserByEmail(ctx.db, options.email);
	// An unknown email still costs one argon2 verification, so timing does not tell.
	const valid = user
		? await verifyPassword(user.passwordHash, options.password)
		: await verifyAgainstDummyHash(options.password);
	if (!user || !valid) {
		await recordThrottledAttempt(ctx.db, keys, now);
		logger.info({ requestId: ctx.requestId }, 'sign-in refused');
		throw signInFailed();
	}

	// Hashes made with older parameters are upgraded while the password is at hand.
	const upgradedHash = needsRehash(user.passwordHash) ? await hashPassword(options.password) : null;
	const actor = userActor(user);
	const session = await ctx.db.transaction(async (tx) => {
		if (options.previousSessionId) {
			await closeSession(tx, options.previousSessionId);
		}
		await clearThrottle(tx, signInEmailKey(options.email));
		if (upgradedHash) {
			await tx
				.update(usersTable)
				.set({ passwordHash: upgradedHash })
				.where(eq(usersTable.id, user.id));
		}
		const opened = await openSession(tx, {
			userId: user.id,
			userAgent: options.userAgent,
			days: config().SESSION_DAYS,
			now
		});
		await recordAudit(
			{ ...ctx, db: tx, actor },
			{ action: 'accounts.sign-in', targetType: 'user', targetId: user.id }
		);
		return opened;
	});
	return { actor, session, locale: user.locale };
}
