import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { isUniqueViolation } from './queries';
import { sessionsTable, usersTable } from './schema';
import { resolveSession } from './sessions';
import { type SignUpOptions, signUp } from './sign-up';
import { buildUser, contextFor } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

const options = (overrides: Partial<SignUpOptions> = {}): SignUpOptions => ({
	displayName: 'Amélie Dupont',
	email: 'amelie@example.org',
	password: 'a long and private passphrase',
	passwordConfirmation: 'a long and private passphrase',
	locale: 'fr',
	userAgent: 'Firefox',
	previousSessionId: null,
	...overrides
});

describe('signUp', () => {
	it('refuses an email that has an account, whatever its case, with a neutral 409', async () => {
		await buildUser(database.db, { email: 'Taken@Example.org' });
		const attempt = signUp(contextFor(database.db), options({ email: 'taken@EXAMPLE.org' }));
		await expect(attempt).rejects.toBeInstanceOf(AppError);
		await expect(attempt).rejects.toMatchObject({
			status: 409,
			messageKey: 'accounts_sign_up_email_unavailable',
			fields: { email: 'accounts_sign_up_email_unavailable_field' }
		});
	});

	it('turns a concurrent duplicate (the unique index) into the same 409, not a 500', async () => {
		const email = 'race@example.org';
		const results = await Promise.allSettled([
			signUp(contextFor(database.db), options({ email })),
			signUp(contextFor(database.db), options({ email: email.toUpperCase() }))
		]);
		const refused = results.filter((r) => r.status === 'rejected');
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(refused).toHaveLength(1);
		expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
			messageKey: 'accounts_sign_up_email_unavailable'
		});
	});

	it('recognises the unique violation of users_email_lower_key on this driver', async () => {
		const { user } = await buildUser(database.db);
		const duplicate: unknown = await database.db
			.insert(usersTable)
			.values({ email: user.email.toUpperCase(), displayName: 'Copy', passwordHash: 'x' })
			.then(
				() => null,
				(error: unknown) => error
			);
		expect(isUniqueViolation(duplicate, 'users_email_lower_key')).toBe(true);
		expect(isUniqueViolation(duplicate, 'another_constraint')).toBe(false);
		expect(isUniqueViolation(new Error('unrelated'), 'users_email_lower_key')).toBe(false);
	});

	it('creates the account with an argon2id hash, opens a session and audits without secrets', async () => {
		const signedIn = await signUp(contextFor(database.db), options());
		const [user] = await database.db
			.select()
			.from(usersTable)
			.where(eq(usersTable.id, signedIn.actor.userId));
		expect(user).toMatchObject({
			email: 'amelie@example.org',
			displayName: 'Amélie Dupont',
			locale: 'fr',
			platformRole: null
		});
		expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
		expect(signedIn.locale).toBe('fr');

		const resolved = await resolveSession(database.db, signedIn.session.token, new Date());
		expect(resolved?.actor.userId).toBe(signedIn.actor.userId);

		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.actorId, signedIn.actor.userId));
		expect(entries).toMatchObject([
			{ action: 'accounts.sign-up', targetType: 'user', targetId: signedIn.actor.userId }
		]);
		expect(JSON.stringify(entries)).not.toContain('passphrase');
		expect(JSON.stringify(entries)).not.toContain(signedIn.session.token);
	});

	it('closes a session the browser already had', async () => {
		const first = await signUp(contextFor(database.db), options({ email: 'first@example.org' }));
		const second = await signUp(
			contextFor(database.db),
			options({ email: 'second@example.org', previousSessionId: first.session.sessionId })
		);
		const remaining = await database.db
			.select({ id: sessionsTable.id })
			.from(sessionsTable)
			.where(eq(sessionsTable.id, first.session.sessionId));
		expect(remaining).toEqual([]);
		expect(second.session.sessionId).not.toBe(first.session.sessionId);
	});
});
