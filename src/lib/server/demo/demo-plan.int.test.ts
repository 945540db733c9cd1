import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { Database } from '../platform/db/client';
import { startCatalogueContent } from '../modules/catalogue/content';
import { syncContentPractices } from '../modules/catalogue/sync-content-practices';
import { startAssessmentContent } from '../modules/diagnose/content';
import { startGuideContent } from '../modules/guide/content';
import {
	committeeMeetingsTable,
	committeeMembersTable,
	governanceAreasTable
} from '../modules/roadmap/governance-schema';
import { loadRoadmapPlan } from '../modules/roadmap/load-roadmap-plan';
import { ambitionsTable, roadmapsTable } from '../modules/roadmap/solution-schema';
import { territoriesTable } from '../modules/territories/schema';
import { demoSolutionTitles } from './demo-solution-titles';
import { seedDemoIfEmpty } from './seed-demo';

let database: Database;
let metropolisId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	const { methods } = await startGuideContent('content');
	await startAssessmentContent(methods, 'content');
	await syncContentPractices(database.db, await startCatalogueContent(methods, 'content'));
	vi.spyOn(console, 'log').mockImplementation(() => undefined);
	await seedDemoIfEmpty(database.db);
	const [metropolis] = await database.db
		.select({ id: territoriesTable.id })
		.from(territoriesTable)
		.where(eq(territoriesTable.slug, 'metropole-europeenne-de-lille'));
	metropolisId = metropolis?.id ?? '';
});

afterAll(async () => {
	vi.restoreAllMocks();
	await database.close();
});

describe('seedDemoPlan', () => {
	it('writes the vision, ambitions A1–A4, four areas and the evaluation committee', async () => {
		const [roadmap] = await database.db
			.select()
			.from(roadmapsTable)
			.where(eq(roadmapsTable.territoryId, metropolisId));
		expect(roadmap?.thematicTrack).toMatch(/citizen participation/);
		const ambitions = await database.db
			.select({ code: ambitionsTable.code })
			.from(ambitionsTable)
			.where(eq(ambitionsTable.territoryId, metropolisId));
		expect(ambitions.map((a) => a.code).sort()).toEqual(['A1', 'A2', 'A3', 'A4']);
		const areas = await database.db
			.select()
			.from(governanceAreasTable)
			.where(eq(governanceAreasTable.territoryId, metropolisId));
		expect(areas).toHaveLength(4);
		expect(areas.filter((a) => a.responsibleId !== null).length).toBeGreaterThan(0);
		const seats = await database.db
			.select()
			.from(committeeMembersTable)
			.where(eq(committeeMembersTable.territoryId, metropolisId));
		expect(seats.filter((s) => s.externalName?.includes('made-up'))).toHaveLength(2);
		const meetings = await database.db
			.select()
			.from(committeeMeetingsTable)
			.where(eq(committeeMeetingsTable.territoryId, metropolisId));
		expect(meetings.length).toBeGreaterThan(0);
	});

	it('plans the four ICC solutions with frozen baselines, slipped and actual dates, mixed progress', async () => {
		const plan = await loadRoadmapPlan(database.db, metropolisId);
		expect(plan.solutions.map((s) => s.title)).toEqual(Object.values(demoSolutionTitles));
		const energy = plan.solutions.find((s) => s.title === demoSolutionTitles.energyData);
		expect(energy?.published).toBe(false);
		expect(plan.solutions.filter((s) => s.published)).toHaveLength(3);
		for (const solution of plan.solutions) {
			expect(solution.baselineFrozenAt).not.toBeNull();
			expect(solution.milestones.length).toBeGreaterThanOrEqual(3);
			expect(solution.milestones.every((m) => m.baselineStart !== null)).toBe(true);
		}
		const milestones = plan.solutions.flatMap((s) => s.milestones);
		expect(milestones.some((m) => m.plannedEnd !== m.baselineEnd)).toBe(true);
		expect(
			milestones.some((m) => m.actualEnd !== null && m.actualEnd > (m.baselineEnd ?? ''))
		).toBe(true);
		expect(milestones.some((m) => m.dependsOn.length > 0)).toBe(true);
		const progress = plan.solutions.map((s) => s.progress ?? 0);
		expect(new Set(progress).size).toBeGreaterThan(2);
		expect(plan.progress).toBeGreaterThan(0);
		const review = plan.solutions.find((s) => s.stage === 'review');
		expect(review?.practiceId).not.toBeNull();
	});
});
