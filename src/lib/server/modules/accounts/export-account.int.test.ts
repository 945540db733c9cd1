import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Database } from '../../platform/db/client';
import { accountExportSchema } from './api-contracts';
import { createApiToken } from './create-api-token';
import { exportAccount } from './export-account';
import { presentAccountExport } from './presenters';
import { openSession } from './sessions';
import { buildMembership, buildTerritory, buildUser, contextFor } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('exportAccount', () => {
	it('refuses an anonymous actor (401)', async () => {
		await expect(exportAccount(contextFor(database.db, anonymous))).rejects.toMatchObject({
			status: 401
		});
	});

	it('holds the profile, memberships with names and roles, tokens, sessions and own audit entries', async () => {
		const { user, actor } = await buildUser(database.db, { displayName: 'Élise' });
		const { actor: someoneElse } = await buildUser(database.db);
		const lille = await buildTerritory(database.db, { name: 'Lille', slug: 'lille' });
		const roubaix = await buildTerritory(database.db, { name: 'Roubaix', slug: 'roubaix' });
		await buildMembership(database.db, { user, role: 'owner', territory: lille });
		await buildMembership(database.db, { user, role: 'viewer', territory: roubaix });
		const created = await createApiToken(contextFor(database.db, actor), {
			name: 'Dashboard',
			expiresInDays: 90
		});
		await openSession(database.db, {
			userId: user.id,
			userAgent: 'Firefox',
			days: 30,
			now: new Date()
		});
		await recordAudit(contextFor(database.db, someoneElse), {
			action: 'test.not-mine',
			targetType: 'thing'
		});

		const exported = await exportAccount(contextFor(database.db, actor));
		const dto = presentAccountExport(exported);
		expect(accountExportSchema.parse(dto)).toEqual(dto);

		expect(dto.profile).toMatchObject({ id: user.id, email: user.email, displayName: 'Élise' });
		expect(dto.memberships.map((m) => [m.territoryName, m.territorySlug, m.role])).toEqual([
			['Lille', 'lille', 'owner'],
			['Roubaix', 'roubaix', 'viewer']
		]);
		expect(dto.apiTokens).toMatchObject([
			{ id: created.apiToken.id, name: 'Dashboard', status: 'active' }
		]);
		expect(dto.sessions).toMatchObject([{ userAgent: 'Firefox' }]);
		expect(dto.auditEntries.map((entry) => entry.action)).toEqual(['accounts.create-api-token']);

		const text = JSON.stringify(dto);
		expect(text).not.toContain(user.passwordHash);
		expect(text).not.toContain(created.token);
		expect(text).not.toMatch(/hash/i);
	});
});
