import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { createMilestone } from './create-milestone';
import { createSolution } from './create-solution';
import { deleteMilestone } from './delete-milestone';
import { freezeBaseline } from './freeze-baseline';
import { listSolutions } from './list-solutions';
import type { SolutionRow } from './load-roadmap-plan';
import { milestonesTable } from './solution-schema';
import { updateMilestone } from './update-milestone';
import { pilotFixture, type PilotFixture, type Person } from './testing/fixture';
import { milestoneInput, planToday, solutionInput } from './testing/plan-factories';

let database: Database;
let f: PilotFixture;
let solution: SolutionRow;
const at = (who: Person) => contextFor(database.db, f.people[who].actor, () => planToday);
const milestoneRow = async (id: string) =>
	(await database.db.select().from(milestonesTable).where(eq(milestonesTable.id, id)))[0];

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	solution = await createSolution(at('editor'), solutionInput(f.territory));
});

afterAll(async () => {
	await database.close();
});

describe('milestones', () => {
	it('refuses visitors (401), strangers (404), viewers (403), a solution of another territory (404)', async () => {
		const input = milestoneInput(f.territory, solution.id);
		expect(await statusOf(createMilestone(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createMilestone(at('stranger'), input))).toBe(404);
		expect(await statusOf(createMilestone(at('viewer'), input))).toBe(403);
		const foreign = await createSolution(
			contextFor(database.db, f.people.stranger.actor, () => planToday),
			solutionInput(f.other)
		);
		expect(await statusOf(createMilestone(at('owner'), { ...input, solutionId: foreign.id }))).toBe(
			404
		);
	});

	it('refuses dates out of order, outside the period, actual dates in the future, a non-member', async () => {
		const input = milestoneInput(f.territory, solution.id);
		await expect(
			createMilestone(at('contributor'), {
				...input,
				plannedStart: '2025-12-01',
				plannedEnd: '2026-01-15',
				actualStart: '2026-07-01',
				responsibleId: f.people.stranger.user.id
			})
		).rejects.toMatchObject({
			status: 400,
			fields: {
				plannedStart: 'roadmap_error_outside_period',
				actualStart: 'roadmap_error_actual_in_future',
				responsibleId: 'plan_error_responsible'
			}
		});
		await expect(
			createMilestone(at('contributor'), { ...input, plannedEnd: '2026-01-15' })
		).rejects.toMatchObject({ fields: { plannedEnd: 'roadmap_error_end_before_start' } });
		await expect(createMilestone(at('contributor'), { ...input, weight: 6 })).rejects.toMatchObject(
			{ status: 400, fields: { weight: 'plan_error_weight' } }
		);
	});

	it('chains dependencies and refuses a cycle, writing nothing', async () => {
		const first = await createMilestone(
			at('contributor'),
			milestoneInput(f.territory, solution.id)
		);
		const second = await createMilestone(
			at('contributor'),
			milestoneInput(f.territory, solution.id, {
				title: 'Pilot projects',
				plannedStart: '2026-04-01',
				plannedEnd: '2026-06-30',
				dependsOn: [first.id],
				responsibleId: f.people.viewer.user.id
			})
		);
		const address = { slug: f.territory.slug, solutionId: solution.id, milestoneId: first.id };
		await expect(
			updateMilestone(at('contributor'), {
				...milestoneInput(f.territory, solution.id),
				...address,
				dependsOn: [second.id],
				version: first.version
			})
		).rejects.toMatchObject({
			status: 400,
			fields: { dependsOn: 'roadmap_error_dependency_cycle' }
		});
		await expect(
			updateMilestone(at('contributor'), {
				...milestoneInput(f.territory, solution.id),
				...address,
				dependsOn: [first.id],
				version: first.version
			})
		).rejects.toMatchObject({ fields: { dependsOn: 'roadmap_error_dependency_cycle' } });
		expect((await milestoneRow(first.id))?.version).toBe(1);
	});

	it('answers 409 to the second of two concurrent edits and keeps the first', async () => {
		const milestone = await createMilestone(
			at('contributor'),
			milestoneInput(f.territory, solution.id, { title: 'Provide the tool' })
		);
		const address = { slug: f.territory.slug, solutionId: solution.id, milestoneId: milestone.id };
		const base = { ...milestoneInput(f.territory, solution.id), ...address, version: 1 };
		await updateMilestone(at('contributor'), {
			...base,
			title: 'First edit',
			status: 'in-progress'
		});
		expect(await statusOf(updateMilestone(at('editor'), { ...base, title: 'Second edit' }))).toBe(
			409
		);
		expect((await milestoneRow(milestone.id))?.title).toBe('First edit');
	});

	it('freezes the baseline (editors), keeps it when planned dates change, re-freezes on request', async () => {
		const address = { slug: f.territory.slug, solutionId: solution.id };
		expect(await statusOf(freezeBaseline(at('contributor'), address))).toBe(403);
		const frozen = await freezeBaseline(at('editor'), address);
		expect(frozen.baselineFrozenAt).not.toBeNull();
		const plan = await listSolutions(at('viewer'), { slug: f.territory.slug });
		const milestones = plan.plan.solutions.find((s) => s.id === solution.id)?.milestones ?? [];
		expect(milestones.length).toBeGreaterThan(0);
		for (const m of milestones) {
			expect([m.baselineStart, m.baselineEnd]).toEqual([m.plannedStart, m.plannedEnd]);
		}
		const [moved] = milestones;
		if (!moved) {
			throw new Error('no milestone to move');
		}
		await updateMilestone(at('contributor'), {
			...milestoneInput(f.territory, solution.id),
			...address,
			milestoneId: moved.id,
			plannedEnd: '2026-05-31',
			version: moved.version
		});
		const after = await milestoneRow(moved.id);
		expect(after?.plannedEnd).toBe('2026-05-31');
		expect(after?.baselineEnd).toBe(moved.plannedEnd);
		const late = await createMilestone(
			at('contributor'),
			milestoneInput(f.territory, solution.id, { title: 'Added after the freeze' })
		);
		expect((await milestoneRow(late.id))?.baselineStart).toBeNull();
		await expect(freezeBaseline(at('editor'), address)).rejects.toMatchObject({ status: 400 });
		await freezeBaseline(at('editor'), { ...address, refreeze: true });
		expect((await milestoneRow(moved.id))?.baselineEnd).toBe('2026-05-31');
		expect((await milestoneRow(late.id))?.baselineStart).toBe('2026-02-01');
		const audit = await database.db
			.select({ action: auditEntriesTable.action })
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, solution.id));
		expect(audit.map((a) => a.action)).toEqual(
			expect.arrayContaining(['roadmap.freeze-baseline', 'roadmap.refreeze-baseline'])
		);
	});

	it('deletes a milestone (editors only)', async () => {
		const milestone = await createMilestone(
			at('contributor'),
			milestoneInput(f.territory, solution.id)
		);
		const address = { slug: f.territory.slug, solutionId: solution.id, milestoneId: milestone.id };
		expect(await statusOf(deleteMilestone(at('contributor'), address))).toBe(403);
		await deleteMilestone(at('editor'), address);
		expect(await milestoneRow(milestone.id)).toBeUndefined();
	});
});
