import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { system } from '../platform/actor';
import { auditEntriesTable } from '../platform/audit/schema';
import type { Database } from '../platform/db/client';
import { startCatalogueContent } from '../modules/catalogue/content';
import { syncContentPractices } from '../modules/catalogue/sync-content-practices';
import { startAssessmentContent } from '../modules/diagnose/content';
import { startGuideContent } from '../modules/guide/content';
import { getPilotAction } from '../modules/roadmap/get-pilot-action';
import { listPilotActions } from '../modules/roadmap/list-pilot-actions';
import { seedDemoPilots } from './demo-pilots';
import { seedDemoIfEmpty } from './seed-demo';
import { buildTerritory } from '../modules/territories/testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
	const { methods } = await startGuideContent('content');
	await startAssessmentContent(methods, 'content');
	await syncContentPractices(database.db, await startCatalogueContent(methods, 'content'));
	vi.spyOn(console, 'log').mockImplementation(() => undefined);
	await seedDemoIfEmpty(database.db);
});

afterAll(async () => {
	vi.restoreAllMocks();
	await database.close();
});

describe('seedDemoPilots', () => {
	it('scopes the metropolis’s pilot actions from its ICC roadmap, with their practices', async () => {
		const ctx = { db: database.db, actor: system, requestId: 'demo-seed' };
		// The demo seed already scoped them in the metropolis: scope them again in a territory
		// of their own, to count exactly these.
		const territory = await buildTerritory(database.db, { kind: 'metropolis' });
		const created = await seedDemoPilots(ctx, territory.id);
		expect(created).toHaveLength(3);
		const { pilots } = await listPilotActions(ctx, { slug: territory.slug });
		expect(pilots.map((p) => p.title).sort()).toEqual([
			'An inventory of energy data with a network of volunteers',
			'Cybersecurity awareness sessions in volunteer municipalities',
			'Shared e-administration procedures tried in some municipalities'
		]);
		const cyber = created[0];
		expect(cyber).toMatchObject({ status: 'testing', version: 2 });
		const view = await getPilotAction(ctx, {
			slug: territory.slug,
			pilotId: cyber?.id ?? '',
			locale: 'fr'
		});
		expect(view.practices.map((p) => p.slug)).toEqual(['lille-cybersecurity-mutualisation']);
		expect(view.practices[0]?.title).toMatch(/cybersécurité/);
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.territoryId, territory.id),
					eq(auditEntriesTable.action, 'roadmap.create-pilot-action')
				)
			);
		expect(entries).toHaveLength(3);
		expect(entries.every((e) => e.actorLabel === 'system')).toBe(true);
	});

	it('refuses an unknown territory', async () => {
		await expect(
			seedDemoPilots({ db: database.db, actor: system }, crypto.randomUUID())
		).rejects.toThrow('no territory');
	});
});
