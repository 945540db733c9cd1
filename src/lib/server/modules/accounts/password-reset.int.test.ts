import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { outboxMessagesTable } from '../../platform/mail/schema';
import { hashToken } from '../../platform/secrets';
import { recordThrottledAttempt, signInEmailKey } from './auth-throttle';
import { checkPasswordResetToken } from './check-password-reset-token';
import { verifyPassword } from './password-hashing';
import { findUserById } from './queries';
import { type RequestPasswordResetOptions, requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { authThrottlesTable, passwordResetTokensTable } from './schema';
import { resolveSession } from './sessions';
import { signIn } from './sign-in';
import { buildUser, contextFor, knownPassword, testClock } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

const newPassword = 'a fresh and private passphrase';
let addressCounter = 0;
/** Each test asks from its own address, so the per-address limit does not interfere. */
const request = (email: string): RequestPasswordResetOptions => ({
	email,
	clientAddress: `192.0.2.${++addressCounter}`,
	requestOrigin: 'http://territoria.test'
});

async function mailsTo(email: string) {
	return database.db.select().from(outboxMessagesTable).where(eq(outboxMessagesTable.to, email));
}

function tokenFromMail(text: string): { token: string; link: string } {
	const match = /(https?:\/\/\S+\/password-reset\/([\w-]+))/.exec(text);
	if (!match?.[1] || !match[2]) {
		throw new Error(`no reset link in: ${text}`);
	}
	return { link: match[1], token: match[2] };
}

async function reset(token: string, now?: () => Date) {
	return resetPassword(contextFor(database.db, undefined, now), {
		token,
		password: newPassword,
		passwordConfirmation: newPassword,
		userAgent: 'Firefox'
	});
}

describe('requestPasswordReset', () => {
	it('answers an unknown email like a known one, and mails nothing', async () => {
		await expect(
			requestPasswordReset(contextFor(database.db), request('nobody@example.org'))
		).resolves.toBeUndefined();
		expect(await mailsTo('nobody@example.org')).toEqual([]);
		expect(await database.db.select().from(passwordResetTokensTable)).toEqual([]);
	});

	it('limits requests per email, for unknown and known emails alike (429)', async () => {
		const { user } = await buildUser(database.db);
		for (const email of ['unknown-limit@example.org', user.email]) {
			const ctx = contextFor(database.db, undefined, testClock().now);
			for (let i = 0; i < 2; i++) {
				await requestPasswordReset(ctx, request(email));
			}
			// The third request is counted and locks; the fourth is refused.
			await requestPasswordReset(ctx, request(email));
			await expect(requestPasswordReset(ctx, request(email))).rejects.toMatchObject({
				status: 429,
				messageKey: 'error_rate_limited'
			});
		}
		expect(await mailsTo(user.email)).toHaveLength(3);
	});

	it('mails a link in the account language; only the SHA-256 of its token is stored', async () => {
		const { user } = await buildUser(database.db, { locale: 'fr', displayName: 'Chloé' });
		const clock = testClock();
		await requestPasswordReset(contextFor(database.db, undefined, clock.now), request(user.email));
		const [mail] = await mailsTo(user.email);
		expect(mail?.subject).toBe('Choisir un nouveau mot de passe Territoria');
		expect(mail?.text).toContain('Bonjour Chloé');
		const { token, link } = tokenFromMail(mail?.text ?? '');
		expect(link).toBe(`http://territoria.test/fr/password-reset/${token}`);

		const [row] = await database.db
			.select()
			.from(passwordResetTokensTable)
			.where(eq(passwordResetTokensTable.userId, user.id));
		expect(row?.id).toBe(hashToken(token));
		expect(row?.id).not.toContain(token);
		expect(row?.expiresAt.getTime()).toBe(clock.now().getTime() + 3_600_000);

		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'accounts.request-password-reset'));
		expect(JSON.stringify(entries)).not.toContain(token);
	});
});

describe('resetPassword', () => {
	it('refuses an unknown token with the "invalid link" 404', async () => {
		expect(await checkPasswordResetToken(contextFor(database.db), { token: 'made-up' })).toBe(
			false
		);
		await expect(reset('made-up')).rejects.toMatchObject({
			status: 404,
			messageKey: 'accounts_password_reset_link_invalid'
		});
	});

	it('refuses an expired token (after one hour)', async () => {
		const { user } = await buildUser(database.db);
		const clock = testClock();
		await requestPasswordReset(contextFor(database.db, undefined, clock.now), request(user.email));
		const { token } = tokenFromMail((await mailsTo(user.email))[0]?.text ?? '');
		clock.advance(60 * 60 * 1000);
		const ctx = contextFor(database.db, undefined, clock.now);
		expect(await checkPasswordResetToken(ctx, { token })).toBe(false);
		await expect(reset(token, clock.now)).rejects.toMatchObject({ status: 404 });
	});

	it('sets the password, closes every session, opens one, clears the lock; then the link is spent', async () => {
		const { user } = await buildUser(database.db);
		const clock = testClock();
		const ctx = contextFor(database.db, undefined, clock.now);
		const oldSession = await signIn(ctx, {
			email: user.email,
			password: knownPassword,
			clientAddress: '198.51.100.1',
			userAgent: null,
			previousSessionId: null
		});
		await recordThrottledAttempt(database.db, [signInEmailKey(user.email)], clock.now());
		await requestPasswordReset(ctx, request(user.email));
		await requestPasswordReset(ctx, request(user.email));
		const [first, second] = (await mailsTo(user.email)).map((mail) => tokenFromMail(mail.text));
		expect(await checkPasswordResetToken(ctx, { token: first?.token ?? '' })).toBe(true);

		const signedIn = await reset(first?.token ?? '', clock.now);

		const updated = await findUserById(database.db, user.id);
		expect(await verifyPassword(updated?.passwordHash ?? '', newPassword)).toBe(true);
		expect(updated?.passwordChangedAt.getTime()).toBe(clock.now().getTime());
		expect(await resolveSession(database.db, oldSession.session.token, clock.now())).toBeNull();
		expect(
			(await resolveSession(database.db, signedIn.session.token, clock.now()))?.actor.userId
		).toBe(user.id);
		expect(
			await database.db
				.select()
				.from(authThrottlesTable)
				.where(eq(authThrottlesTable.key, signInEmailKey(user.email).key))
		).toEqual([]);

		// Single use, and the other link mailed to the account is spent too.
		await expect(reset(first?.token ?? '', clock.now)).rejects.toMatchObject({ status: 404 });
		await expect(reset(second?.token ?? '', clock.now)).rejects.toMatchObject({ status: 404 });

		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'accounts.reset-password'));
		expect(entry).toMatchObject({ actorId: user.id, targetId: user.id });
	});
});
