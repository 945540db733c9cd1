import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { signInEmailKey } from './auth-throttle';
import { authThrottlesTable, sessionsTable } from './schema';
import { resolveSession } from './sessions';
import { type SignInOptions, signIn } from './sign-in';
import { buildUser, contextFor, knownPassword, testClock } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

const attempt = (overrides: Partial<SignInOptions>): SignInOptions => ({
	email: 'nobody@example.org',
	password: knownPassword,
	clientAddress: '203.0.113.1',
	userAgent: 'Firefox',
	previousSessionId: null,
	...overrides
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error: unknown = await promise.then(
		() => new Error('expected a refusal'),
		(reason: unknown) => reason
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe('signIn', () => {
	it('answers an unknown email and a wrong password with the same 400 message', async () => {
		const { user } = await buildUser(database.db);
		const unknown = await refusal(
			signIn(contextFor(database.db), attempt({ email: 'nobody@example.org' }))
		);
		const wrong = await refusal(
			signIn(contextFor(database.db), attempt({ email: user.email, password: 'not the password' }))
		);
		for (const error of [unknown, wrong]) {
			expect(error).toMatchObject({ status: 400, messageKey: 'accounts_sign_in_failed' });
			expect(error.fields).toEqual({});
		}
	});

	it('opens a session, whatever the case of the email, and audits the sign-in', async () => {
		const { user } = await buildUser(database.db, { email: 'Case@Example.org', locale: 'fr' });
		const signedIn = await signIn(contextFor(database.db), attempt({ email: 'case@example.ORG' }));
		expect(signedIn.actor.userId).toBe(user.id);
		expect(signedIn.locale).toBe('fr');
		const resolved = await resolveSession(database.db, signedIn.session.token, new Date());
		expect(resolved?.sessionId).toBe(signedIn.session.sessionId);
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'accounts.sign-in'));
		expect(entry).toMatchObject({ actorId: user.id, targetId: user.id });
	});

	it('rotates the session: the one already in the browser is closed', async () => {
		const { user } = await buildUser(database.db);
		const first = await signIn(contextFor(database.db), attempt({ email: user.email }));
		const second = await signIn(
			contextFor(database.db),
			attempt({ email: user.email, previousSessionId: first.session.sessionId })
		);
		expect(second.session.token).not.toBe(first.session.token);
		expect(await resolveSession(database.db, first.session.token, new Date())).toBeNull();
		const sessions = await database.db
			.select({ id: sessionsTable.id })
			.from(sessionsTable)
			.where(eq(sessionsTable.userId, user.id));
		expect(sessions).toEqual([{ id: second.session.sessionId }]);
	});
});

describe('signIn throttling', () => {
	it('locks an email after 5 failures with 429 and a Retry-After, even for the right password', async () => {
		const { user } = await buildUser(database.db);
		const clock = testClock();
		const ctx = contextFor(database.db, undefined, clock.now);
		for (let i = 0; i < 5; i++) {
			const error = await refusal(signIn(ctx, attempt({ email: user.email, password: 'wrong' })));
			expect(error.status).toBe(400);
		}
		const locked = await refusal(signIn(ctx, attempt({ email: user.email })));
		expect(locked).toMatchObject({
			status: 429,
			messageKey: 'error_rate_limited',
			retryAfterSeconds: 60
		});

		// The lock ends after one minute; the next failure doubles it.
		clock.advance(61_000);
		await refusal(signIn(ctx, attempt({ email: user.email, password: 'wrong' })));
		const doubled = await refusal(signIn(ctx, attempt({ email: user.email })));
		expect(doubled).toMatchObject({ status: 429, retryAfterSeconds: 120 });

		clock.advance(121_000);
		const signedIn = await signIn(ctx, attempt({ email: user.email }));
		expect(signedIn.actor.userId).toBe(user.id);
		// A success clears the email's count.
		const rows = await database.db
			.select()
			.from(authThrottlesTable)
			.where(eq(authThrottlesTable.key, signInEmailKey(user.email).key));
		expect(rows).toEqual([]);
	});

	it('locks unknown emails exactly like known ones (no enumeration through the lock)', async () => {
		const ctx = contextFor(database.db, undefined, testClock().now);
		const email = 'ghost@example.org';
		for (let i = 0; i < 5; i++) {
			await refusal(signIn(ctx, attempt({ email, clientAddress: '203.0.113.9' })));
		}
		const locked = await refusal(signIn(ctx, attempt({ email, clientAddress: '203.0.113.9' })));
		expect(locked.status).toBe(429);
	});

	it('locks a client address after 50 failures across many emails', async () => {
		const { user } = await buildUser(database.db);
		const ctx = contextFor(database.db, undefined, testClock().now);
		const clientAddress = '198.51.100.7';
		for (let i = 0; i < 50; i++) {
			await refusal(signIn(ctx, attempt({ email: `spray-${i}@example.org`, clientAddress })));
		}
		const locked = await refusal(signIn(ctx, attempt({ email: user.email, clientAddress })));
		expect(locked.status).toBe(429);
		// Another address is not affected.
		const signedIn = await signIn(ctx, attempt({ email: user.email, clientAddress: '192.0.2.1' }));
		expect(signedIn.actor.userId).toBe(user.id);
	});

	it('stores neither emails nor addresses in the throttle keys', async () => {
		const keys = await database.db.select({ key: authThrottlesTable.key }).from(authThrottlesTable);
		expect(keys.length).toBeGreaterThan(0);
		for (const { key } of keys) {
			expect(key).toMatch(/^sign-in:(email|ip):[0-9a-f]{64}$/);
		}
	});
});
