import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { changePilotStatus } from './change-pilot-status';
import { createPilotAction } from './create-pilot-action';
import { deletePilotAction } from './delete-pilot-action';
import { getPilotAction } from './get-pilot-action';
import type { PilotRow } from './pilot-target';
import { pilotActionStakeholdersTable } from './schema';
import { buildStakeholder, pilotInput, type StakeholderRow } from './testing/factories';
import { pilotFixture, type PilotFixture } from './testing/fixture';
import { updatePilotAction } from './update-pilot-action';
import { pilotStatuses, statusTransitions } from './vocabulary';

let database: Database;
let f: PilotFixture;
let first: StakeholderRow;
let second: StakeholderRow;

const auditOf = (action: string, targetId: string) =>
	database.db
		.select()
		.from(auditEntriesTable)
		.where(and(eq(auditEntriesTable.action, action), eq(auditEntriesTable.targetId, targetId)));

const newPilot = (): Promise<PilotRow> =>
	createPilotAction(f.ctx('contributor'), pilotInput(f.territory, { stakeholderIds: [first.id] }));

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	first = await buildStakeholder(database.db, { territory: f.territory, name: 'Municipalities' });
	second = await buildStakeholder(database.db, { territory: f.territory, name: 'Campus Cyber' });
});

afterAll(async () => {
	await database.close();
});

describe('editing a pilot action', () => {
	it('refuses visitors, strangers, viewers, bad input and a stale version (409), changing nothing', async () => {
		const pilot = await newPilot();
		const edit = { ...pilotInput(f.territory), pilotId: pilot.id, version: 1 };
		expect(await statusOf(updatePilotAction(contextFor(database.db, anonymous), edit))).toBe(401);
		expect(await statusOf(updatePilotAction(f.ctx('stranger'), edit))).toBe(404);
		expect(await statusOf(updatePilotAction(f.ctx('viewer'), edit))).toBe(403);
		expect(await statusOf(updatePilotAction(f.ctx('ancestorOwner'), edit))).toBe(403);
		expect(await statusOf(updatePilotAction(f.ctx('editor'), { ...edit, pilotId: 'nope' }))).toBe(
			404
		);
		expect(
			await statusOf(
				updatePilotAction(f.ctx('editor'), { ...edit, amplitude: 'galaxy' as 'pilot-project' })
			)
		).toBe(400);
		expect(await statusOf(updatePilotAction(f.ctx('editor'), { ...edit, version: 0 }))).toBe(400);
		expect(await statusOf(updatePilotAction(f.ctx('editor'), { ...edit, version: 2 }))).toBe(409);
		const view = await getPilotAction(f.ctx('viewer'), {
			slug: f.territory.slug,
			pilotId: pilot.id
		});
		expect(view.pilot.version).toBe(1);
		expect(view.stakeholders.map((s) => s.id)).toEqual([first.id]);
	});

	it('replaces the scope and the links, bumps the version and records what changed', async () => {
		const pilot = await newPilot();
		const edit = {
			...pilotInput(f.territory),
			pilotId: pilot.id,
			version: 1,
			areaLevel: 'neighbourhood' as const,
			areaName: 'Fives',
			stakeholderIds: [second.id]
		};
		const updated = await updatePilotAction(f.ctx('contributor'), edit);
		expect(updated).toMatchObject({ version: 2, areaLevel: 'neighbourhood', areaName: 'Fives' });
		const links = await database.db
			.select()
			.from(pilotActionStakeholdersTable)
			.where(eq(pilotActionStakeholdersTable.pilotActionId, pilot.id));
		expect(links.map((l) => l.stakeholderId)).toEqual([second.id]);
		// The second editor started from version 1 too: refused, the first edit stays.
		expect(
			await statusOf(updatePilotAction(f.ctx('editor'), { ...edit, areaName: 'Wazemmes' }))
		).toBe(409);
		const [entry] = await auditOf('roadmap.update-pilot-action', pilot.id);
		expect(entry?.summary).toMatchObject({
			areaLevel: ['district', 'neighbourhood'],
			areaName: ['Five volunteer municipalities', 'Fives'],
			stakeholders: 1
		});
	});
});

describe('the test-and-learn cycle', () => {
	it('states every transition in one table, each to a known status', () => {
		for (const [from, to] of Object.entries(statusTransitions)) {
			expect(pilotStatuses).toContain(from);
			for (const next of to) {
				expect(pilotStatuses).toContain(next);
				expect(next).not.toBe(from);
			}
		}
	});

	it('refuses viewers, unknown and disallowed statuses, and stopping without lessons', async () => {
		const pilot = await newPilot();
		const address = { slug: f.territory.slug, pilotId: pilot.id };
		const move = { ...address, status: 'testing' as const, lessons: '', version: 1 };
		expect(await statusOf(changePilotStatus(contextFor(database.db, anonymous), move))).toBe(401);
		expect(await statusOf(changePilotStatus(f.ctx('stranger'), move))).toBe(404);
		expect(await statusOf(changePilotStatus(f.ctx('viewer'), move))).toBe(403);
		await expect(
			changePilotStatus(f.ctx('contributor'), { ...move, status: 'finished' as 'testing' })
		).rejects.toMatchObject({ status: 400, fields: { status: 'roadmap_error_choose' } });
		await expect(
			changePilotStatus(f.ctx('contributor'), { ...move, status: 'scaled-up' })
		).rejects.toMatchObject({ status: 400, fields: { status: 'roadmap_error_transition' } });
		await expect(
			changePilotStatus(f.ctx('contributor'), { ...move, status: 'stopped' })
		).rejects.toMatchObject({ status: 400, fields: { lessons: 'roadmap_error_lessons_required' } });
		expect(await statusOf(changePilotStatus(f.ctx('contributor'), { ...move, version: 3 }))).toBe(
			409
		);
	});

	it('tests, refines, scales up with lessons, and records each step', async () => {
		const pilot = await newPilot();
		const address = { slug: f.territory.slug, pilotId: pilot.id };
		let current = await changePilotStatus(f.ctx('contributor'), {
			...address,
			status: 'testing',
			version: 1
		});
		current = await changePilotStatus(f.ctx('contributor'), {
			...address,
			status: 'refining',
			lessons: 'Staff come when sessions are short.',
			version: current.version
		});
		current = await changePilotStatus(f.ctx('editor'), {
			...address,
			status: 'extending',
			lessons: 'Staff come when sessions are short.',
			version: current.version
		});
		current = await changePilotStatus(f.ctx('editor'), {
			...address,
			status: 'scaled-up',
			lessons: 'Short sessions; one trainer per ten municipalities.',
			version: current.version
		});
		expect(current).toMatchObject({
			status: 'scaled-up',
			version: 5,
			lessons: 'Short sessions; one trainer per ten municipalities.'
		});
		const entries = await auditOf('roadmap.change-pilot-status', pilot.id);
		expect(entries.map((e) => e.summary.status)).toEqual([
			['scoped', 'testing'],
			['testing', 'refining'],
			['refining', 'extending'],
			['extending', 'scaled-up']
		]);
		// Scaled up is the end of the cycle.
		expect(
			await statusOf(
				changePilotStatus(f.ctx('editor'), {
					...address,
					status: 'stopped',
					lessons: 'x',
					version: 5
				})
			)
		).toBe(400);
	});
});

describe('deleting a pilot action', () => {
	it('is for owners and editors; the action and its links go, the audit trail keeps it', async () => {
		const pilot = await newPilot();
		const address = { slug: f.territory.slug, pilotId: pilot.id };
		expect(await statusOf(deletePilotAction(contextFor(database.db, anonymous), address))).toBe(
			401
		);
		expect(await statusOf(deletePilotAction(f.ctx('stranger'), address))).toBe(404);
		expect(await statusOf(deletePilotAction(f.ctx('contributor'), address))).toBe(403);
		expect(await statusOf(deletePilotAction(f.ctx('moderator'), address))).toBe(403);
		expect(
			await statusOf(deletePilotAction(f.ctx('stranger'), { ...address, slug: f.other.slug }))
		).toBe(404);
		await deletePilotAction(f.ctx('editor'), address);
		expect(await statusOf(getPilotAction(f.ctx('editor'), address))).toBe(404);
		expect(
			await database.db
				.select()
				.from(pilotActionStakeholdersTable)
				.where(eq(pilotActionStakeholdersTable.pilotActionId, pilot.id))
		).toEqual([]);
		const [entry] = await auditOf('roadmap.delete-pilot-action', pilot.id);
		expect(entry).toMatchObject({ territoryId: f.territory.id, summary: { status: 'scoped' } });
	});
});
