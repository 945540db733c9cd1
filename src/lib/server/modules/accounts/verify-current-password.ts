import { type UseCaseContext, clock } from '../../platform/actor';
import type { AppError } from '../../platform/errors';
import {
	assertNotThrottled,
	clearThrottle,
	recordThrottledAttempt,
	signInEmailKey
} from './auth-throttle';
import { verifyPassword } from './password-hashing';
import type { UserRow } from './queries';

export interface VerifyCurrentPasswordOptions {
	user: UserRow;
	password: string;
	/** The error to raise on a wrong password, naming the form's field. */
	error: () => AppError;
}

/**
 * Re-checks the password of a signed-in account before a sensitive change. Wrong
 * passwords count on the same key as sign-in failures: a stolen session must not become
 * a way to guess the password without limit.
 */
export async function verifyCurrentPassword(
	ctx: UseCaseContext,
	options: VerifyCurrentPasswordOptions
): Promise<void> {
	const now = clock(ctx);
	const key = signInEmailKey(options.user.email);
	await assertNotThrottled(ctx.db, [key], now);
	if (!(await verifyPassword(options.user.passwordHash, options.password))) {
		await recordThrottledAttempt(ctx.db, [key], now);
		throw options.error();
	}
	await clearThrottle(ctx.db, key);
}
