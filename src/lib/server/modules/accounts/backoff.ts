/**
 * Exponential backoff for authentication attempts, as pure arithmetic so it can be unit
 * tested; `auth-throttle.ts` stores the state in the database.
 */
export interface ThrottlePolicy {
	/** Attempts tolerated before the first lock. */
	threshold: number;
	/** Length of the first lock; each further attempt after a lock doubles it. */
	baseLockMs: number;
	maxLockMs: number;
	/** A key with no attempt for this long starts again from zero. */
	forgetAfterMs: number;
}

export interface ThrottleState {
	failures: number;
	lockedUntil: Date | null;
	/** When the last attempt was counted. */
	updatedAt: Date;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export const throttlePolicies = {
	/** Wrong passwords for one account: 5, then 1 min, 2 min, 4 min… up to 1 h. */
	signInEmail: { threshold: 5, baseLockMs: minute, maxLockMs: hour, forgetAfterMs: day },
	/** Wrong passwords from one address, whatever the account: shared networks need room. */
	signInAddress: { threshold: 50, baseLockMs: minute, maxLockMs: hour, forgetAfterMs: day },
	/** Reset requests for one email (every request counts, so no one is flooded with mail). */
	resetEmail: { threshold: 3, baseLockMs: minute, maxLockMs: hour, forgetAfterMs: day },
	resetAddress: { threshold: 20, baseLockMs: minute, maxLockMs: hour, forgetAfterMs: day }
} as const satisfies Record<string, ThrottlePolicy>;

/** How long a key is locked once it has counted `failures` attempts (0: not locked). */
export function lockDurationMs(failures: number, policy: ThrottlePolicy): number {
	if (failures < policy.threshold) {
		return 0;
	}
	// Capping the exponent first keeps the number finite for any count.
	const doublings = Math.min(failures - policy.threshold, 32);
	return Math.min(policy.baseLockMs * 2 ** doublings, policy.maxLockMs);
}

/** The state after one more counted attempt. */
export function afterFailure(
	state: ThrottleState | null,
	policy: ThrottlePolicy,
	now: Date
): ThrottleState {
	const remembered =
		state !== null && now.getTime() - state.updatedAt.getTime() < policy.forgetAfterMs;
	const failures = (remembered ? state.failures : 0) + 1;
	const lockMs = lockDurationMs(failures, policy);
	return {
		failures,
		lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
		updatedAt: now
	};
}

/** Whole seconds until the lock ends, or null when the key is not locked. */
export function retryAfterSeconds(
	state: Pick<ThrottleState, 'lockedUntil'> | null,
	now: Date
): number | null {
	if (!state?.lockedUntil || state.lockedUntil.getTime() <= now.getTime()) {
		return null;
	}
	return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}
