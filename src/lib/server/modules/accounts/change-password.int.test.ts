import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { changePassword } from './change-password';
import { verifyPassword } from './password-hashing';
import { findUserById } from './queries';
import { passwordResetTokensTable, sessionsTable } from './schema';
import { openSession } from './sessions';
import { buildUser, contextFor, knownPassword, testClock } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

const newPassword = 'another private passphrase';

async function sessionsOf(userId: string): Promise<string[]> {
	const rows = await database.db
		.select({ id: sessionsTable.id })
		.from(sessionsTable)
		.where(eq(sessionsTable.userId, userId));
	return rows.map((row) => row.id).sort();
}

const open = (userId: string) =>
	openSession(database.db, { userId, userAgent: null, days: 30, now: new Date() });

describe('changePassword', () => {
	it('refuses an anonymous actor (401)', async () => {
		await expect(
			changePassword(contextFor(database.db, anonymous), {
				currentPassword: knownPassword,
				newPassword,
				keepSessionId: null
			})
		).rejects.toMatchObject({ status: 401 });
	});

	it('refuses a wrong current password with a field error, and counts it towards the lock', async () => {
		const { user, actor } = await buildUser(database.db);
		const ctx = contextFor(database.db, actor, testClock().now);
		const wrong = { currentPassword: 'not it', newPassword, keepSessionId: null };
		for (let i = 0; i < 5; i++) {
			await expect(changePassword(ctx, wrong)).rejects.toMatchObject({
				status: 400,
				fields: { currentPassword: 'accounts_current_password_incorrect' }
			});
		}
		await expect(
			changePassword(ctx, { currentPassword: knownPassword, newPassword, keepSessionId: null })
		).rejects.toMatchObject({ status: 429 });
		const unchanged = await findUserById(database.db, user.id);
		expect(await verifyPassword(unchanged?.passwordHash ?? '', knownPassword)).toBe(true);
	});

	it('changes the password, keeps this session, closes the others and spends reset links', async () => {
		const { user, actor } = await buildUser(database.db);
		const current = await open(user.id);
		await open(user.id);
		await open(user.id);
		await database.db.insert(passwordResetTokensTable).values({
			id: 'pending-reset',
			userId: user.id,
			expiresAt: new Date(Date.now() + 3_600_000)
		});

		await changePassword(contextFor(database.db, actor), {
			currentPassword: knownPassword,
			newPassword,
			keepSessionId: current.sessionId
		});

		const updated = await findUserById(database.db, user.id);
		expect(await verifyPassword(updated?.passwordHash ?? '', newPassword)).toBe(true);
		expect(await sessionsOf(user.id)).toEqual([current.sessionId]);
		const [pending] = await database.db
			.select()
			.from(passwordResetTokensTable)
			.where(eq(passwordResetTokensTable.id, 'pending-reset'));
		expect(pending?.usedAt).not.toBeNull();
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'accounts.change-password'));
		expect(entries).toMatchObject([{ actorId: user.id, summary: {} }]);
	});

	it('closes every session when the change comes through an API token (no session)', async () => {
		const { user, actor } = await buildUser(database.db);
		await open(user.id);
		await changePassword(contextFor(database.db, actor), {
			currentPassword: knownPassword,
			newPassword,
			keepSessionId: null
		});
		expect(await sessionsOf(user.id)).toEqual([]);
	});
});
