import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { pilotFixture, type PilotFixture } from '../roadmap/testing/fixture';
import { createIndicator } from './create-indicator';
import { deleteIndicator } from './delete-indicator';
import { getIndicator } from './get-indicator';
import { listIndicators } from './list-indicators';
import { indicatorsTable } from './schema';
import {
	buildPilot,
	buildSolution,
	indicatorInput,
	type PilotRow,
	type SolutionRow
} from './testing/factories';
import { updateIndicator } from './update-indicator';

let database: Database;
let f: PilotFixture;
let solution: SolutionRow;
let pilot: PilotRow;
let foreignSolution: SolutionRow;

const countIndicators = async (territoryId: string) =>
	(
		await database.db
			.select({ id: indicatorsTable.id })
			.from(indicatorsTable)
			.where(eq(indicatorsTable.territoryId, territoryId))
	).length;

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	solution = await buildSolution(database.db, { territory: f.territory });
	pilot = await buildPilot(database.db, { territory: f.territory });
	foreignSolution = await buildSolution(database.db, { territory: f.other });
});

afterAll(async () => {
	await database.close();
});

describe('creating an indicator', () => {
	it('refuses visitors (401), other territories (404), viewers and ancestor owners (403)', async () => {
		const input = indicatorInput(f.territory, solution);
		expect(await statusOf(createIndicator(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createIndicator(f.ctx('stranger'), input))).toBe(404);
		expect(await statusOf(createIndicator(f.ctx('viewer'), input))).toBe(403);
		expect(await statusOf(createIndicator(f.ctx('ancestorOwner'), input))).toBe(403);
		expect(await statusOf(createIndicator(f.ctx('moderator'), input))).toBe(403);
		// Another territory's solution, an unknown one, or none at all: not found.
		expect(
			await statusOf(createIndicator(f.ctx('owner'), indicatorInput(f.territory, foreignSolution)))
		).toBe(404);
		expect(
			await statusOf(
				createIndicator(f.ctx('owner'), { ...input, solutionId: '', pilotActionId: '' })
			)
		).toBe(404);
		expect(
			await statusOf(createIndicator(f.ctx('owner'), { ...input, pilotActionId: pilot.id }))
		).toBe(404);
		expect(await countIndicators(f.territory.id)).toBe(0);
	});

	it('refuses values of the wrong kind and dates out of order (400), writing nothing', async () => {
		const refused = async (overrides: Record<string, unknown>, fields: Record<string, string>) => {
			const outcome = createIndicator(f.ctx('contributor'), {
				...indicatorInput(f.territory, solution),
				...overrides
			});
			await expect(outcome).rejects.toMatchObject({ code: 'validation', fields });
		};
		await refused({ baselineValue: 120 }, { baselineValue: 'indicators_error_value_percent' });
		await refused(
			{ valueKind: 'count', baselineValue: '2.5' },
			{ baselineValue: 'indicators_error_value_count' }
		);
		await refused({ targetValue: '1,5' }, { targetValue: 'indicators_error_value_comma' });
		await refused({ targetValue: 'lots' }, { targetValue: 'indicators_error_value_number' });
		await refused(
			{ targetOn: '2024-12-31' },
			{ targetOn: 'indicators_error_target_before_baseline' }
		);
		await refused({ baselineOn: '31/02/2026' }, { baselineOn: 'indicators_error_date_format' });
		await refused({ baselineOn: '' }, { baselineOn: 'indicators_error_date_needed' });
		await refused(
			{ libraryIndicatorId: 'no-such' },
			{
				libraryIndicatorId: 'indicators_error_library_unknown'
			}
		);
		await refused({ title: '' }, { title: 'validation_invalid' });
		expect(await countIndicators(f.territory.id)).toBe(0);
	});

	it('adds indicators to a solution and to a pilot action, warning above two', async () => {
		const input = indicatorInput(f.territory, solution);
		const first = await createIndicator(f.ctx('contributor'), input);
		expect(first).toMatchObject({ countForSubject: 1, aboveAdvice: false });
		expect(first.indicator).toMatchObject({ baselineValue: 20, targetValue: 60, published: true });
		await createIndicator(f.ctx('contributor'), { ...input, title: 'Second' });
		const third = await createIndicator(f.ctx('editor'), { ...input, title: 'Third' });
		expect(third).toMatchObject({ countForSubject: 3, aboveAdvice: true });
		await createIndicator(f.ctx('owner'), {
			...input,
			solutionId: undefined,
			pilotActionId: pilot.id,
			title: 'Pilot indicator',
			baselineValue: '',
			baselineOn: '',
			targetValue: undefined,
			targetOn: undefined,
			published: 'on'
		});
		const list = await listIndicators(f.ctx('viewer'), { slug: f.territory.slug });
		expect(list.indicators).toHaveLength(4);
		expect(list.aboveAdvice.map((s) => s.id)).toEqual([solution.id]);
		expect(list.canEdit).toBe(false);
		const forPilot = await listIndicators(f.ctx('ancestorOwner'), {
			slug: f.territory.slug,
			pilotActionId: pilot.id
		});
		expect(forPilot.indicators.map((i) => i.indicator.title)).toEqual(['Pilot indicator']);
		expect(forPilot.indicators[0]?.status).toEqual({ status: 'none', reason: 'no-baseline' });
		expect(await statusOf(listIndicators(f.ctx('stranger'), { slug: f.territory.slug }))).toBe(404);
		expect(
			await statusOf(listIndicators(contextFor(database.db, anonymous), { slug: f.territory.slug }))
		).toBe(401);
		const audit = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'indicators.create-indicator'));
		expect(audit).toHaveLength(4);
	});
});

describe('editing and deleting an indicator', () => {
	it('saves with the version read, answers 409 to a stale one, and deletes (editors)', async () => {
		const { indicator } = await createIndicator(
			f.ctx('contributor'),
			indicatorInput(f.territory, solution, { title: 'To edit' })
		);
		const address = { slug: f.territory.slug, indicatorId: indicator.id };
		const edit = { ...indicatorInput(f.territory, solution), ...address, title: 'Edited' };
		expect(await statusOf(updateIndicator(f.ctx('viewer'), { ...edit, version: 1 }))).toBe(403);
		expect(await statusOf(updateIndicator(f.ctx('stranger'), { ...edit, version: 1 }))).toBe(404);
		expect(
			await statusOf(
				updateIndicator(f.ctx('owner'), { ...edit, version: 1, targetOn: '2020-01-01' })
			)
		).toBe(400);
		const saved = await updateIndicator(f.ctx('contributor'), { ...edit, version: 1 });
		expect(saved).toMatchObject({ title: 'Edited', version: 2 });
		await expect(
			updateIndicator(f.ctx('editor'), { ...edit, version: 1, title: 'Mine' })
		).rejects.toMatchObject({ code: 'conflict', messageKey: 'indicators_error_stale' });
		expect((await getIndicator(f.ctx('viewer'), address)).indicator.title).toBe('Edited');
		expect(await statusOf(deleteIndicator(f.ctx('contributor'), address))).toBe(403);
		expect(await statusOf(deleteIndicator(f.ctx('stranger'), address))).toBe(404);
		await deleteIndicator(f.ctx('editor'), address);
		expect(await statusOf(getIndicator(f.ctx('owner'), address))).toBe(404);
		expect(
			await statusOf(getIndicator(f.ctx('owner'), { slug: f.territory.slug, indicatorId: 'nope' }))
		).toBe(404);
	});
});
