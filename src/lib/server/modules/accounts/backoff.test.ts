import { describe, expect, it } from 'vitest';
import {
	type ThrottlePolicy,
	afterFailure,
	lockDurationMs,
	retryAfterSeconds,
	throttlePolicies
} from './backoff';

const minute = 60_000;
const policy: ThrottlePolicy = {
	threshold: 5,
	baseLockMs: minute,
	maxLockMs: 60 * minute,
	forgetAfterMs: 24 * 60 * minute
};
const t0 = new Date('2030-01-01T00:00:00Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);

describe('lockDurationMs', () => {
	it('does not lock below the threshold', () => {
		for (let failures = 0; failures < 5; failures++) {
			expect(lockDurationMs(failures, policy)).toBe(0);
		}
	});

	it('locks for the base duration at the threshold, then doubles', () => {
		expect([5, 6, 7, 8].map((n) => lockDurationMs(n, policy))).toEqual([
			minute,
			2 * minute,
			4 * minute,
			8 * minute
		]);
	});

	it('is capped, even for absurd counts', () => {
		expect(lockDurationMs(11, policy)).toBe(60 * minute);
		expect(lockDurationMs(10_000, policy)).toBe(60 * minute);
		expect(Number.isFinite(lockDurationMs(Number.MAX_SAFE_INTEGER, policy))).toBe(true);
	});

	it('gives per-address keys far more room than per-email keys', () => {
		expect(lockDurationMs(5, throttlePolicies.signInEmail)).toBe(minute);
		expect(lockDurationMs(49, throttlePolicies.signInAddress)).toBe(0);
		expect(lockDurationMs(50, throttlePolicies.signInAddress)).toBe(minute);
		expect(throttlePolicies.signInEmail.maxLockMs).toBe(60 * minute);
	});
});

describe('afterFailure', () => {
	it('counts from one on a fresh key', () => {
		expect(afterFailure(null, policy, t0)).toEqual({
			failures: 1,
			lockedUntil: null,
			updatedAt: t0
		});
	});

	it('locks on the fifth failure, until now + the lock duration', () => {
		const state = { failures: 4, lockedUntil: null, updatedAt: at(-1000) };
		expect(afterFailure(state, policy, t0)).toEqual({
			failures: 5,
			lockedUntil: at(minute),
			updatedAt: t0
		});
	});

	it('forgets a count after a quiet period', () => {
		const old = { failures: 9, lockedUntil: at(-2 * minute), updatedAt: at(-25 * 60 * minute) };
		expect(afterFailure(old, policy, t0).failures).toBe(1);
	});
});

describe('retryAfterSeconds', () => {
	it('is null when there is no lock or it has passed', () => {
		expect(retryAfterSeconds(null, t0)).toBeNull();
		expect(retryAfterSeconds({ lockedUntil: null }, t0)).toBeNull();
		expect(retryAfterSeconds({ lockedUntil: t0 }, t0)).toBeNull();
	});

	it('rounds the remaining time up to whole seconds', () => {
		expect(retryAfterSeconds({ lockedUntil: at(1500) }, t0)).toBe(2);
		expect(retryAfterSeconds({ lockedUntil: at(minute) }, t0)).toBe(60);
	});
});
