import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../../tests/support/test-database';
import { anonymous } from '../../../platform/actor';
import { auditEntriesTable } from '../../../platform/audit/schema';
import type { Database } from '../../../platform/db/client';
import { contextFor } from '../../accounts/testing/factories';
import { pilotActionsTable } from '../../roadmap/schema';
import { measurementsTable } from '../schema';
import { buildClosedRound } from '../../roadmap/testing/factories';
import { pilotFixture, type PilotFixture } from '../../roadmap/testing/fixture';
import { getAccountability } from './get-accountability';
import { getProgressPublication } from './get-progress-publication';
import { accountabilityCsv, presentAccountability } from './presenters';
import { setProgressPublication } from './set-progress-publication';
import {
	insertIndicator,
	insertMeasurement,
	insertMilestone,
	insertSolution
} from './testing/factories';

let database: Database;
let f: PilotFixture;
const visitor = () => contextFor(database.db, anonymous);
const publish = (levels = false) =>
	setProgressPublication(f.ctx('editor'), {
		slug: f.territory.slug,
		progressPagePublished: true,
		publishAssessmentLevels: levels
	});

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	const db = database.db;
	const shown = await insertSolution(db, f.territory, {
		title: 'Shared e-administration network',
		published: true,
		status: 'in-progress'
	});
	await insertMilestone(db, shown, {
		title: 'Steering and framing',
		status: 'done',
		weight: 1,
		baselineStart: '2026-01-15',
		baselineEnd: '2026-03-31',
		actualStart: '2026-01-20',
		actualEnd: '2026-04-15'
	});
	await insertMilestone(db, shown, {
		title: 'Pilot projects in some municipalities',
		status: 'in-progress',
		weight: 2,
		plannedStart: '2026-04-01',
		plannedEnd: '2026-12-31'
	});
	const hidden = await insertSolution(db, f.territory, { title: 'Secret energy tool' });
	await insertMilestone(db, hidden, { title: 'Secret benchmark' });
	const [pilot] = await db
		.insert(pilotActionsTable)
		.values({
			territoryId: f.territory.id,
			title: 'Awareness sessions',
			areaLevel: 'city',
			sectorLevel: 'administration',
			amplitude: 'pilot-project',
			lever: 'communication'
		})
		.returning();
	if (!pilot) {
		throw new Error('no pilot');
	}
	const usage = await insertIndicator(db, f.territory, {
		solutionId: shown.id,
		title: 'Online procedures used',
		published: true,
		baselineValue: 20,
		baselineOn: '2025-12-31',
		targetValue: 60,
		targetOn: '2027-06-30'
	});
	const first = await insertMeasurement(db, usage, { value: 25, measuredOn: '2026-03-31' });
	const wrong = await insertMeasurement(db, usage, { value: 99, measuredOn: '2026-06-30' });
	// A correction: the wrong value stays in history, superseded.
	await insertMeasurement(db, usage, { value: 31, measuredOn: '2026-06-30', correctsId: wrong.id });
	await db
		.update(measurementsTable)
		.set({ supersededAt: new Date() })
		.where(eq(measurementsTable.id, wrong.id));
	expect(first.value).toBe(25);
	await insertIndicator(db, f.territory, {
		solutionId: hidden.id,
		title: 'Secret consumption indicator',
		published: true
	});
	await insertIndicator(db, f.territory, {
		solutionId: shown.id,
		title: 'Secret draft indicator',
		published: false
	});
	await insertIndicator(db, f.territory, {
		pilotActionId: pilot.id,
		title: 'Staff trained',
		unit: 'people',
		valueKind: 'count',
		published: true
	});
	await buildClosedRound(db, { territory: f.territory, levels: { governance: 2, awareness: 3 } });
});

afterAll(async () => {
	await database.close();
});

describe('the progress page before it is published', () => {
	it('does not exist for anyone, not even its members', async () => {
		expect(await statusOf(getAccountability(visitor(), { slug: f.territory.slug }))).toBe(404);
		expect(await statusOf(getAccountability(f.ctx('owner'), { slug: f.territory.slug }))).toBe(404);
		expect(await statusOf(getAccountability(visitor(), { slug: 'no-such-territory' }))).toBe(404);
		expect(await statusOf(getAccountability(visitor(), { slug: 'Not A Slug!' }))).toBe(404);
	});
});

describe('setProgressPublication', () => {
	const choose = (who: Parameters<PilotFixture['ctx']>[0] | 'anonymous') =>
		setProgressPublication(who === 'anonymous' ? visitor() : f.ctx(who), {
			slug: f.territory.slug,
			progressPagePublished: true,
			publishAssessmentLevels: false
		});

	it('refuses visitors (401), outsiders (404) and those below editor (403)', async () => {
		expect(await statusOf(choose('anonymous'))).toBe(401);
		expect(await statusOf(choose('stranger'))).toBe(404);
		expect(await statusOf(choose('viewer'))).toBe(403);
		expect(await statusOf(choose('contributor'))).toBe(403);
		expect(await statusOf(choose('ancestorOwner'))).toBe(403);
	});

	it('refuses a choice that is not yes or no (400)', async () => {
		expect(
			await statusOf(
				setProgressPublication(f.ctx('editor'), {
					slug: f.territory.slug,
					progressPagePublished: 'perhaps',
					publishAssessmentLevels: false
				})
			)
		).toBe(400);
	});

	it('lets members see what would be published, and only editors change it', async () => {
		const before = await getProgressPublication(f.ctx('viewer'), { slug: f.territory.slug });
		expect(before.progressPagePublished).toBe(false);
		expect(before.canGovern).toBe(false);
		expect(before.solutions).toEqual({ published: 1, total: 2 });
		// The indicator of the unpublished solution does not count as shown.
		expect(before.indicators).toEqual({ published: 2, total: 4 });
		expect(
			await statusOf(getProgressPublication(f.ctx('stranger'), { slug: f.territory.slug }))
		).toBe(404);
		expect(await statusOf(getProgressPublication(visitor(), { slug: f.territory.slug }))).toBe(401);
	});
});

describe('the published progress page', () => {
	it('shows exactly the published solutions and indicators, to anyone', async () => {
		await publish();
		const view = await getAccountability(visitor(), { slug: f.territory.slug });
		const json = presentAccountability(view);
		expect(JSON.stringify(json)).not.toContain('Secret');
		expect(json.solutions.map((s) => s.title)).toEqual(['Shared e-administration network']);
		const [solution] = json.solutions;
		// Weights 1 (done) and 2 (in progress, half): (1 + 1) / 3 = 67 %.
		expect(solution?.progress).toBe(67);
		expect(json.progress).toBe(67);
		expect(solution?.milestones[0]).toMatchObject({
			title: 'Steering and framing',
			baselineEnd: '2026-03-31',
			actualEnd: '2026-04-15'
		});
		expect(json.indicators.map((i) => i.title).sort()).toEqual([
			'Online procedures used',
			'Staff trained'
		]);
		const usage = json.indicators.find((i) => i.title === 'Online procedures used');
		// The corrected value, not the superseded one.
		expect(usage?.latest).toEqual({ value: 31, date: '2026-06-30' });
		expect(usage?.target).toEqual({ value: 60, date: '2027-06-30' });
		expect(json.assessments).toBeNull();
	});

	it('shows the assessment levels only when the territory publishes them', async () => {
		await publish(true);
		const view = await getAccountability(visitor(), { slug: f.territory.slug, locale: 'fr' });
		expect(view.assessments).toHaveLength(1);
		const [cyber] = view.assessments ?? [];
		expect(cyber?.level).toBe(2);
		expect(cyber?.dimensions.some((d) => d.level === 3)).toBe(true);
		expect(JSON.stringify(view.assessments)).not.toMatch(/respondent|score/i);
	});

	it('offers the same content as CSV, without unpublished items', async () => {
		const csv = accountabilityCsv(await getAccountability(visitor(), { slug: f.territory.slug }));
		expect(csv).not.toContain('Secret');
		const lines = csv.trim().split('\r\n');
		// Header, one solution, two milestones, two indicators.
		expect(lines).toHaveLength(6);
		expect(lines[0]).toContain('kind,solution,title,status,progress');
		expect(csv).toContain('indicator,Shared e-administration network,Online procedures used');
	});

	it('records each publication choice in the audit trail', async () => {
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.territoryId, f.territory.id),
					eq(auditEntriesTable.action, 'indicators.set-progress-publication')
				)
			);
		expect(entries.length).toBeGreaterThanOrEqual(2);
	});

	it('disappears again when unpublished', async () => {
		await setProgressPublication(f.ctx('owner'), {
			slug: f.territory.slug,
			progressPagePublished: false,
			publishAssessmentLevels: true
		});
		expect(await statusOf(getAccountability(visitor(), { slug: f.territory.slug }))).toBe(404);
	});
});
