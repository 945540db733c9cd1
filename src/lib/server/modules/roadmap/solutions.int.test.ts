import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { createMilestone } from './create-milestone';
import { createPilotAction } from './create-pilot-action';
import { createSolution } from './create-solution';
import { deleteSolution } from './delete-solution';
import { getSolution } from './get-solution';
import { listSolutions } from './list-solutions';
import { getSolutionFormOptions, solutionPrefill } from './solution-form-options';
import { ambitionsTable, solutionsTable } from './solution-schema';
import { updateSolution } from './update-solution';
import { pilotInput } from './testing/factories';
import { pilotFixture, type PilotFixture, type Person } from './testing/fixture';
import { milestoneInput, planToday, solutionInput } from './testing/plan-factories';

let database: Database;
let f: PilotFixture;
const at = (who: Person) => contextFor(database.db, f.people[who].actor, () => planToday);

const countSolutions = async (territoryId: string) =>
	(
		await database.db
			.select({ id: solutionsTable.id })
			.from(solutionsTable)
			.where(eq(solutionsTable.territoryId, territoryId))
	).length;

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
});

afterAll(async () => {
	await database.close();
});

describe('creating a solution', () => {
	it('refuses visitors (401), strangers and unknown territories (404), read-only people (403)', async () => {
		const input = solutionInput(f.territory);
		expect(await statusOf(createSolution(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createSolution(at('stranger'), input))).toBe(404);
		expect(await statusOf(createSolution(at('viewer'), input))).toBe(403);
		expect(await statusOf(createSolution(at('ancestorOwner'), input))).toBe(403);
		expect(
			await statusOf(createSolution(at('owner'), { ...input, slug: 'no-such-territory' }))
		).toBe(404);
		expect(await countSolutions(f.territory.id)).toBe(0);
	});

	it('refuses a period out of order, bad money and links of another territory (400)', async () => {
		const input = solutionInput(f.territory);
		const [foreignAmbition] = await database.db
			.insert(ambitionsTable)
			.values({ territoryId: f.other.id, code: 'A1', title: 'Elsewhere' })
			.returning();
		await expect(
			createSolution(at('contributor'), { ...input, startsOn: '2026-05-01', endsOn: '2026-04-01' })
		).rejects.toMatchObject({ status: 400, fields: { endsOn: 'roadmap_error_end_before_start' } });
		await expect(
			createSolution(at('contributor'), { ...input, budgetAmount: '12,5' })
		).rejects.toMatchObject({ status: 400, fields: { budgetAmount: 'plan_error_budget' } });
		await expect(
			createSolution(at('contributor'), { ...input, ambitionIds: [foreignAmbition?.id ?? ''] })
		).rejects.toMatchObject({ status: 400, fields: { ambitionIds: 'plan_error_ambition' } });
		expect(await countSolutions(f.territory.id)).toBe(0);
	});

	it('creates a sheet from a pilot action, with its ambitions, and audits it', async () => {
		const pilot = await createPilotAction(f.ctx('contributor'), pilotInput(f.territory));
		const options = await getSolutionFormOptions(at('contributor'), { slug: f.territory.slug });
		const prefill = await solutionPrefill(at('contributor'), options.territory, {
			pilot: pilot.id,
			locale: 'en'
		});
		expect(prefill.values).toMatchObject({ title: pilot.title, pilotActionId: pilot.id });
		const [ambition] = await database.db
			.insert(ambitionsTable)
			.values({ territoryId: f.territory.id, code: 'A1', title: 'Serve residents better' })
			.returning();
		const solution = await createSolution(at('contributor'), {
			...solutionInput(f.territory, { title: prefill.values.title }),
			pilotActionId: pilot.id,
			ambitionIds: [ambition?.id ?? ''],
			budgetAmount: '120000.50'
		});
		const view = await getSolution(at('viewer'), {
			slug: f.territory.slug,
			solutionId: solution.id
		});
		expect(view.pilot?.title).toBe(pilot.title);
		expect(view.ambitions.map((a) => a.code)).toEqual(['A1']);
		expect(view.sheet.budgetAmount).toBe('120000.50');
		expect(view.canEdit).toBe(false);
		const audit = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, solution.id));
		expect(audit.map((a) => a.action)).toContain('roadmap.create-solution');
	});
});

describe('editing and deleting a solution', () => {
	it('answers 404 for another territory, 409 on a stale version, 400 when milestones fall outside', async () => {
		const solution = await createSolution(at('editor'), solutionInput(f.territory));
		const address = { slug: f.territory.slug, solutionId: solution.id };
		await createMilestone(at('editor'), milestoneInput(f.territory, solution.id));
		const edit = { ...solutionInput(f.territory), ...address, version: 1 };
		expect(await statusOf(updateSolution(at('stranger'), { ...edit, slug: f.other.slug }))).toBe(
			404
		);
		expect(await statusOf(updateSolution(at('viewer'), edit))).toBe(403);
		await expect(
			updateSolution(at('editor'), { ...edit, startsOn: '2026-03-01' })
		).rejects.toMatchObject({
			status: 400,
			fields: { startsOn: 'plan_error_period_excludes_milestones' }
		});
		const saved = await updateSolution(at('editor'), { ...edit, title: 'Renamed' });
		expect(saved.version).toBe(2);
		expect(await statusOf(updateSolution(at('contributor'), { ...edit, title: 'Late' }))).toBe(409);
		const [row] = await database.db
			.select()
			.from(solutionsTable)
			.where(eq(solutionsTable.id, solution.id));
		expect(row?.title).toBe('Renamed');
	});

	it('lets editors delete (contributors 403), with its milestones', async () => {
		const solution = await createSolution(at('editor'), solutionInput(f.territory));
		const address = { slug: f.territory.slug, solutionId: solution.id };
		await createMilestone(at('editor'), milestoneInput(f.territory, solution.id));
		expect(await statusOf(deleteSolution(at('contributor'), address))).toBe(403);
		expect(await statusOf(deleteSolution(at('stranger'), address))).toBe(404);
		await deleteSolution(at('editor'), address);
		expect(await statusOf(getSolution(at('editor'), address))).toBe(404);
	});

	it('rolls progress up through the loader', async () => {
		const view = await listSolutions(at('viewer'), { slug: f.territory.slug });
		expect(view.canEdit).toBe(false);
		expect(view.plan.solutions.length).toBeGreaterThan(0);
		const withMilestones = view.plan.solutions.find((s) => s.milestones.length > 0);
		expect(withMilestones?.progress).toBe(0);
	});
});
