import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { buildTerritory, buildUser, contextFor } from '../../modules/accounts/testing/factories';
import type { Database } from '../db/client';
import { auditFiltersInput, listAuditActions, listAuditEntries } from './list-audit-entries';
import { recordAudit } from './record-audit';
import { auditEntriesTable } from './schema';

let database: Database;
let territoryId: string;
let otherTerritoryId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	territoryId = (await buildTerritory(database.db)).id;
	otherTerritoryId = (await buildTerritory(database.db)).id;
	const camille = await buildUser(database.db, { displayName: 'Camille' });
	const dominique = await buildUser(database.db, { displayName: 'Dominique' });
	await recordAudit(contextFor(database.db, camille.actor), {
		action: 'territories.update-territory',
		targetType: 'territory',
		territoryId
	});
	await recordAudit(contextFor(database.db, dominique.actor), {
		action: 'territories.invite-member',
		targetType: 'invitation',
		territoryId
	});
	await recordAudit(contextFor(database.db, dominique.actor), {
		action: 'territories.update-territory',
		targetType: 'territory',
		territoryId: otherTerritoryId
	});
	// An old entry, for the date filters (inserting is allowed; editing is not).
	await database.db.insert(auditEntriesTable).values({
		at: new Date('2024-03-01T12:00:00Z'),
		actorLabel: 'Camille',
		territoryId,
		action: 'territories.create-territory',
		targetType: 'territory'
	});
});

afterAll(async () => {
	await database.close();
});

const filters = (raw: Record<string, string> = {}) => auditFiltersInput.parse(raw);

describe('listAuditEntries', () => {
	it("never returns another territory's entries", async () => {
		const page = await listAuditEntries(database.db, territoryId, filters());
		expect(page.entries).toHaveLength(3);
		expect(page.entries.every((entry) => entry.territoryId === territoryId)).toBe(true);
	});

	it('lists newest first', async () => {
		const page = await listAuditEntries(database.db, territoryId, filters());
		expect(page.entries.at(-1)?.action).toBe('territories.create-territory');
	});

	it('filters by action, by actor and by dates, inclusive of the last day', async () => {
		const byAction = await listAuditEntries(
			database.db,
			territoryId,
			filters({ action: 'invite' })
		);
		expect(byAction.entries.map((e) => e.action)).toEqual(['territories.invite-member']);
		const byActor = await listAuditEntries(database.db, territoryId, filters({ actor: 'camil' }));
		expect(byActor.entries).toHaveLength(2);
		const inMarch = await listAuditEntries(
			database.db,
			territoryId,
			filters({ from: '2024-03-01', to: '2024-03-01' })
		);
		expect(inMarch.entries.map((e) => e.action)).toEqual(['territories.create-territory']);
	});

	it('treats % and _ in filters as text, not patterns', async () => {
		const page = await listAuditEntries(database.db, territoryId, filters({ actor: '%' }));
		expect(page.entries).toEqual([]);
	});

	it('pages through the trail', async () => {
		const first = await listAuditEntries(database.db, territoryId, filters(), 2);
		expect(first).toMatchObject({ page: 1, hasMore: true });
		expect(first.entries).toHaveLength(2);
		const second = await listAuditEntries(database.db, territoryId, filters({ page: '2' }), 2);
		expect(second).toMatchObject({ page: 2, hasMore: false });
		expect(second.entries).toHaveLength(1);
	});

	it('lists the distinct actions of the territory for the filter', async () => {
		expect(await listAuditActions(database.db, territoryId)).toEqual([
			'territories.create-territory',
			'territories.invite-member',
			'territories.update-territory'
		]);
	});

	it('refuses malformed filters', () => {
		expect(auditFiltersInput.safeParse({ from: '2024-13-45' }).success).toBe(false);
		expect(auditFiltersInput.safeParse({ page: '0' }).success).toBe(false);
	});
});
