import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/secrets';
import { type ThrottlePolicy, afterFailure, retryAfterSeconds, throttlePolicies } from './backoff';
import { authThrottlesTable } from './schema';

export interface ThrottleKey {
	key: string;
	policy: ThrottlePolicy;
}

/**
 * Keys carry a SHA-256 of the email or address rather than the value itself: the table
 * also counts attempts for emails that have no account, and should not collect them.
 */
const keyOf = (scope: string, value: string): string =>
	`${scope}:${hashToken(value.trim().toLowerCase())}`;

export const signInEmailKey = (email: string): ThrottleKey => ({
	key: keyOf('sign-in:email', email),
	policy: throttlePolicies.signInEmail
});

export const signInKeys = (email: string, clientAddress: string): ThrottleKey[] => [
	signInEmailKey(email),
	{ key: keyOf('sign-in:ip', clientAddress), policy: throttlePolicies.signInAddress }
];

export const passwordResetKeys = (email: string, clientAddress: string): ThrottleKey[] => [
	{ key: keyOf('reset:email', email), policy: throttlePolicies.resetEmail },
	{ key: keyOf('reset:ip', clientAddress), policy: throttlePolicies.resetAddress }
];

export const rateLimited = (seconds: number): AppError =>
	new AppError('rate_limited', 'error_rate_limited', undefined, seconds);

/** Throws a 429 (with the longest wait) when any of the keys is locked. */
export async function assertNotThrottled(
	db: DbOrTx,
	keys: readonly ThrottleKey[],
	now: Date
): Promise<void> {
	const rows = await db
		.select({ lockedUntil: authThrottlesTable.lockedUntil })
		.from(authThrottlesTable)
		.where(
			inArray(
				authThrottlesTable.key,
				keys.map((k) => k.key)
			)
		);
	const waits = rows.map((row) => retryAfterSeconds(row, now) ?? 0);
	const longest = Math.max(0, ...waits);
	if (longest > 0) {
		throw rateLimited(longest);
	}
}

/**
 * Counts one attempt on each key. The row is locked while it is read and rewritten, so
 * concurrent attempts from several server processes are all counted.
 */
export async function recordThrottledAttempt(
	db: DbOrTx,
	keys: readonly ThrottleKey[],
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		for (const { key, policy } of keys) {
			await tx
				.insert(authThrottlesTable)
				.values({ key, failures: 0, updatedAt: now })
				.onConflictDoNothing();
			const [row] = await tx
				.select()
				.from(authThrottlesTable)
				.where(eq(authThrottlesTable.key, key))
				.for('update');
			// A row that was just inserted with no failure has nothing to remember.
			const state = row && row.failures > 0 ? row : null;
			const next = afterFailure(state, policy, now);
			await tx.update(authThrottlesTable).set(next).where(eq(authThrottlesTable.key, key));
		}
	});
}

export async function clearThrottle(db: DbOrTx, key: ThrottleKey): Promise<void> {
	await db.delete(authThrottlesTable).where(eq(authThrottlesTable.key, key.key));
}
