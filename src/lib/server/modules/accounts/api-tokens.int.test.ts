import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { hashToken } from '../../platform/secrets';
import { createApiToken, maxActiveApiTokens } from './create-api-token';
import { listApiTokens } from './list-api-tokens';
import { revokeApiToken } from './revoke-api-token';
import { apiTokensTable } from './schema';
import { apiTokenPrefix, resolveApiToken } from './sessions';
import { buildUser, contextFor, testClock } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('personal API tokens', () => {
	it('refuse anonymous actors (401) for create, list and revoke', async () => {
		const ctx = contextFor(database.db, anonymous);
		await expect(createApiToken(ctx, { name: 'x', expiresInDays: 7 })).rejects.toMatchObject({
			status: 401
		});
		await expect(listApiTokens(ctx)).rejects.toMatchObject({ status: 401 });
		await expect(
			revokeApiToken(ctx, { id: '00000000-0000-4000-8000-000000000000' })
		).rejects.toMatchObject({ status: 401 });
	});

	it("answer 404 when revoking someone else's token, or an unknown one", async () => {
		const { actor: owner } = await buildUser(database.db);
		const { actor: intruder } = await buildUser(database.db);
		const { apiToken } = await createApiToken(contextFor(database.db, owner), {
			name: 'Mine',
			expiresInDays: 30
		});
		for (const id of [apiToken.id, '00000000-0000-4000-8000-000000000000']) {
			await expect(revokeApiToken(contextFor(database.db, intruder), { id })).rejects.toMatchObject(
				{ status: 404, messageKey: 'error_not_found' }
			);
		}
		const [row] = await database.db
			.select()
			.from(apiTokensTable)
			.where(eq(apiTokensTable.id, apiToken.id));
		expect(row?.revokedAt).toBeNull();
	});

	it('are stored as a hash only, shown once, listed and usable until they expire', async () => {
		const { user, actor } = await buildUser(database.db);
		const clock = testClock();
		const ctx = contextFor(database.db, actor, clock.now);
		const created = await createApiToken(ctx, { name: 'Energy script', expiresInDays: 7 });

		expect(created.token.startsWith(apiTokenPrefix)).toBe(true);
		expect(created.token.length).toBeGreaterThan(40);
		expect(created.apiToken.prefix).toBe(created.token.slice(0, apiTokenPrefix.length + 6));
		expect(created.apiToken).not.toHaveProperty('tokenHash');
		const [row] = await database.db
			.select()
			.from(apiTokensTable)
			.where(eq(apiTokensTable.id, created.apiToken.id));
		expect(row?.tokenHash).toBe(hashToken(created.token));
		const stored = JSON.stringify(await database.db.select().from(apiTokensTable));
		expect(stored).not.toContain(created.token);
		const audit = JSON.stringify(await database.db.select().from(auditEntriesTable));
		expect(audit).not.toContain(created.token);

		const listed = await listApiTokens(ctx);
		expect(listed.map((token) => token.name)).toEqual(['Energy script']);
		expect(listed[0]).not.toHaveProperty('tokenHash');

		const resolved = await resolveApiToken(database.db, created.token, clock.now());
		expect(resolved?.userId).toBe(user.id);
		const [used] = await listApiTokens(ctx);
		expect(used?.lastUsedAt?.getTime()).toBe(clock.now().getTime());

		clock.advance(7 * 86_400_000);
		expect(await resolveApiToken(database.db, created.token, clock.now())).toBeNull();
	});

	it('stop working as soon as they are revoked; revoking again changes nothing', async () => {
		const { actor } = await buildUser(database.db);
		const ctx = contextFor(database.db, actor);
		const created = await createApiToken(ctx, { name: 'Short-lived', expiresInDays: 30 });
		const revoked = await revokeApiToken(ctx, { id: created.apiToken.id });
		expect(revoked.revokedAt).toBeInstanceOf(Date);
		expect(await resolveApiToken(database.db, created.token, new Date())).toBeNull();
		const again = await revokeApiToken(ctx, { id: created.apiToken.id });
		expect(again.revokedAt?.getTime()).toBe(revoked.revokedAt?.getTime());
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'accounts.revoke-api-token'));
		expect(entries).toHaveLength(1);
	});

	it('refuse tokens without the prefix, and a token of one account is not another one', async () => {
		expect(await resolveApiToken(database.db, 'not-a-token', new Date())).toBeNull();
		expect(await resolveApiToken(database.db, `${apiTokenPrefix}forged`, new Date())).toBeNull();
	});

	it(`stop at ${maxActiveApiTokens} active tokens per account (409)`, async () => {
		const { actor } = await buildUser(database.db);
		const ctx = contextFor(database.db, actor);
		for (let i = 0; i < maxActiveApiTokens; i++) {
			await createApiToken(ctx, { name: `Token ${i}`, expiresInDays: 7 });
		}
		await expect(
			createApiToken(ctx, { name: 'One too many', expiresInDays: 7 })
		).rejects.toMatchObject({
			status: 409,
			messageKey: 'accounts_tokens_limit_reached'
		});
	});
});
