import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { system } from '../platform/actor';
import type { Database } from '../platform/db/client';
import { listIndicators } from '../modules/indicators/list-indicators';
import { getIndicator } from '../modules/indicators/get-indicator';
import { buildSolution } from '../modules/indicators/testing/factories';
import { buildTerritory } from '../modules/territories/testing/factories';
import { seedDemoIndicators } from './demo-indicators';
import { demoSolutionTitles } from './demo-solution-titles';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('seedDemoIndicators', () => {
	const ctx = () => ({ db: database.db, actor: system, requestId: 'demo-seed' });

	it('says which solution is missing when the roadmap was not seeded', async () => {
		const territory = await buildTerritory(database.db, { kind: 'metropolis' });
		await expect(seedDemoIndicators(ctx(), territory.id)).rejects.toThrow(
			/solution ".*" is missing; seed the roadmap/
		);
	});

	it('follows the four solutions with mixed statuses, one unpublished solution and a correction', async () => {
		const territory = await buildTerritory(database.db, { kind: 'metropolis' });
		for (const title of Object.values(demoSolutionTitles)) {
			await buildSolution(database.db, { territory, title });
		}
		const created = await seedDemoIndicators(ctx(), territory.id);
		expect(created).toHaveLength(5);
		const { indicators } = await listIndicators(ctx(), { slug: territory.slug });
		const bySubject = new Map<string, typeof indicators>();
		for (const item of indicators) {
			bySubject.set(item.subject.title, [...(bySubject.get(item.subject.title) ?? []), item]);
		}
		expect([...bySubject.keys()].sort()).toEqual(Object.values(demoSolutionTitles).sort());
		for (const items of bySubject.values()) {
			expect(items.length).toBeGreaterThanOrEqual(1);
			expect(items.length).toBeLessThanOrEqual(2);
		}
		const statusOf = (title: string) => bySubject.get(title)?.map((item) => item.status.status);
		expect(statusOf(demoSolutionTitles.eAdministration)).toEqual(['on-track']);
		expect(statusOf(demoSolutionTitles.inclusiveDialogue)).toEqual(['at-risk']);
		expect(statusOf(demoSolutionTitles.energyData)).toEqual(['off-track']);
		expect(statusOf(demoSolutionTitles.cybersecurity)).toEqual(['on-track', 'on-track']);
		const published = (title: string) =>
			bySubject.get(title)?.every((item) => item.indicator.published);
		expect(published(demoSolutionTitles.eAdministration)).toBe(true);
		expect(published(demoSolutionTitles.inclusiveDialogue)).toBe(true);
		expect(published(demoSolutionTitles.cybersecurity)).toBe(true);
		expect(bySubject.get(demoSolutionTitles.energyData)?.[0]?.indicator.published).toBe(false);
		for (const item of indicators) {
			expect(item.indicator.source).toMatch(/^Made-up demo figures/);
			expect(item.latest?.measuredOn.slice(0, 4)).toMatch(/^202[56]$/);
		}
		const first = created[0];
		if (!first) {
			throw new Error('no demo indicator');
		}
		const details = await getIndicator(ctx(), { slug: territory.slug, indicatorId: first.id });
		const october = details.history.filter((row) => row.measuredOn === '2025-10-01');
		expect(october.map((row) => [row.value, row.supersededAt === null])).toEqual([
			[43, true],
			[45, false]
		]);
	});
});
