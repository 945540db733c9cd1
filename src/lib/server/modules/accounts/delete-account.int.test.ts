import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous, system } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { membershipsTable } from '../territories/schema';
import { createApiToken } from './create-api-token';
import { deleteAccount, erasedAccountLabel } from './delete-account';
import { listSoleOwnedTerritories } from './list-sole-owned-territories';
import { apiTokensTable, sessionsTable, usersTable } from './schema';
import { openSession } from './sessions';
import {
	buildMembership,
	buildTerritory,
	buildUser,
	contextFor,
	knownPassword
} from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('deleteAccount', () => {
	it('refuses an anonymous actor (401)', async () => {
		await expect(
			deleteAccount(contextFor(database.db, anonymous), { password: knownPassword })
		).rejects.toMatchObject({ status: 401 });
	});

	it('refuses a wrong password with a field error and keeps the account', async () => {
		const { user, actor } = await buildUser(database.db);
		await expect(
			deleteAccount(contextFor(database.db, actor), { password: 'not it' })
		).rejects.toMatchObject({
			status: 400,
			fields: { password: 'accounts_delete_password_incorrect' }
		});
		expect(
			await database.db.select().from(usersTable).where(eq(usersTable.id, user.id))
		).toHaveLength(1);
	});

	it('refuses the last owner of a territory (409), and lists that territory', async () => {
		const { user, actor } = await buildUser(database.db);
		const territory = await buildMembership(database.db, { user, role: 'owner' });
		const { user: editor } = await buildUser(database.db);
		await buildMembership(database.db, { user: editor, role: 'editor', territory });

		await expect(
			deleteAccount(contextFor(database.db, actor), { password: knownPassword })
		).rejects.toMatchObject({ status: 409, messageKey: 'accounts_delete_last_owner' });
		expect(await listSoleOwnedTerritories(contextFor(database.db, actor))).toEqual([
			{ id: territory.id, slug: territory.slug, name: territory.name }
		]);
		expect(
			await database.db.select().from(usersTable).where(eq(usersTable.id, user.id))
		).toHaveLength(1);
	});

	it('erases a co-owner: cascades, and anonymises its audit entries without touching others', async () => {
		const { user, actor } = await buildUser(database.db, { displayName: 'Erin Erased' });
		const { user: other, actor: otherActor } = await buildUser(database.db);
		const territory = await buildTerritory(database.db);
		await buildMembership(database.db, { user, role: 'owner', territory });
		await buildMembership(database.db, { user: other, role: 'owner', territory });
		await openSession(database.db, { userId: user.id, userAgent: null, days: 30, now: new Date() });
		await createApiToken(contextFor(database.db, actor), { name: 'Script', expiresInDays: 30 });
		await recordAudit(contextFor(database.db, actor), {
			action: 'territories.update-territory',
			targetType: 'territory',
			targetId: territory.id,
			territoryId: territory.id,
			summary: { name: ['Old', 'New'] }
		});
		await recordAudit(contextFor(database.db, otherActor), {
			action: 'territories.update-territory',
			targetType: 'territory',
			targetId: territory.id,
			territoryId: territory.id
		});

		await deleteAccount(contextFor(database.db, actor), { password: knownPassword });

		expect(await database.db.select().from(usersTable).where(eq(usersTable.id, user.id))).toEqual(
			[]
		);
		for (const table of [sessionsTable, apiTokensTable, membershipsTable]) {
			expect(await database.db.select().from(table).where(eq(table.userId, user.id))).toEqual([]);
		}
		const entries = await database.db.select().from(auditEntriesTable);
		expect(entries.some((entry) => entry.actorLabel === 'Erin Erased')).toBe(false);
		const erased = entries.filter((entry) => entry.actorLabel === erasedAccountLabel);
		expect(erased.map((entry) => entry.action).sort()).toEqual([
			'accounts.create-api-token',
			'accounts.delete-account',
			'territories.update-territory'
		]);
		for (const entry of erased) {
			expect(entry.actorId).toBeNull();
		}
		// The rows themselves are kept as they were.
		expect(erased.find((e) => e.action === 'territories.update-territory')).toMatchObject({
			territoryId: territory.id,
			summary: { name: ['Old', 'New'] }
		});
		expect(entries.filter((entry) => entry.actorId === other.id)).toHaveLength(1);
	});

	it('leaves the trail append-only for everything but that anonymisation', async () => {
		const { actor } = await buildUser(database.db, { displayName: 'Still Here' });
		await recordAudit(contextFor(database.db, actor), { action: 'test.kept', targetType: 'thing' });
		await recordAudit(contextFor(database.db, system), {
			action: 'test.system',
			targetType: 'thing'
		});
		const attempts = [
			// A label other than the erased one, even with the actor nulled.
			sql`update audit_entries set actor_id = null, actor_label = 'someone else' where action = 'test.kept'`,
			// Relabelling while keeping the actor.
			sql`update audit_entries set actor_label = ${erasedAccountLabel} where action = 'test.kept'`,
			// Rewriting the request id during an anonymisation.
			sql`update audit_entries set actor_id = null, request_id = 'forged' where action = 'test.kept'`,
			// Rows that never had an account cannot be relabelled.
			sql`update audit_entries set actor_label = ${erasedAccountLabel} where action = 'test.system'`,
			sql`delete from audit_entries where action = 'test.kept'`
		];
		for (const statement of attempts) {
			await expect(database.db.execute(statement)).rejects.toThrow();
		}
		const [kept] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'test.kept'));
		expect(kept).toMatchObject({ actorId: actor.userId, actorLabel: 'Still Here' });
	});
});
