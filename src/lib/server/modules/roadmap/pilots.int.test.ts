import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { practicesTable } from '../catalogue/schema';
import { createPilotAction } from './create-pilot-action';
import { getPilotAction } from './get-pilot-action';
import { listPilotActions } from './list-pilot-actions';
import { getPilotFormOptions } from './pilot-form-options';
import { pilotActionsTable } from './schema';
import {
	buildClosedRound,
	buildStakeholder,
	pilotInput,
	type RoundRow,
	type StakeholderRow
} from './testing/factories';
import { pilotFixture, type PilotFixture } from './testing/fixture';

let database: Database;
let f: PilotFixture;
let round: RoundRow;
let otherRound: RoundRow;
let stakeholder: StakeholderRow;
let foreignStakeholder: StakeholderRow;

const countPilots = async (territoryId: string) =>
	(
		await database.db
			.select({ id: pilotActionsTable.id })
			.from(pilotActionsTable)
			.where(eq(pilotActionsTable.territoryId, territoryId))
	).length;

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	// Governance and awareness weak, backups strong.
	round = await buildClosedRound(database.db, {
		territory: f.territory,
		levels: { governance: 1, awareness: 2, backups: 4 }
	});
	otherRound = await buildClosedRound(database.db, {
		territory: f.other,
		levels: { governance: 1 }
	});
	stakeholder = await buildStakeholder(database.db, {
		territory: f.territory,
		name: 'Campus Cyber'
	});
	foreignStakeholder = await buildStakeholder(database.db, { territory: f.other });
});

afterAll(async () => {
	await database.close();
});

describe('scoping a pilot action', () => {
	it('refuses visitors (401), other territories (404), viewers and ancestor owners (403)', async () => {
		const input = pilotInput(f.territory);
		expect(await statusOf(createPilotAction(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createPilotAction(f.ctx('stranger'), input))).toBe(404);
		expect(await statusOf(createPilotAction(f.ctx('viewer'), input))).toBe(403);
		expect(await statusOf(createPilotAction(f.ctx('ancestorOwner'), input))).toBe(403);
		expect(await statusOf(createPilotAction(f.ctx('moderator'), input))).toBe(403);
		expect(
			await statusOf(createPilotAction(f.ctx('owner'), { ...input, slug: 'no-such-territory' }))
		).toBe(404);
		expect(await countPilots(f.territory.id)).toBe(0);
	});

	it('refuses bad values, unnamed places and links outside the territory (400), writing nothing', async () => {
		const input = pilotInput(f.territory);
		const refused = async (overrides: Record<string, unknown>, field: string) => {
			const outcome = createPilotAction(f.ctx('contributor'), { ...input, ...overrides });
			await expect(outcome).rejects.toMatchObject({
				status: 400,
				fields: expect.objectContaining({ [field]: expect.any(String) as unknown }) as unknown
			});
		};
		await refused({ title: '   ' }, 'title');
		await refused({ areaLevel: 'planet' }, 'areaLevel');
		await refused({ lever: 'magic' }, 'lever');
		await refused({ dataSteps: ['dream'] }, 'dataSteps.0');
		await refused({ areaName: '' }, 'areaName');
		await refused({ sectorLevel: 'procedure', sectorName: '' }, 'sectorName');
		await refused({ stakeholderIds: [foreignStakeholder.id] }, 'stakeholderIds');
		await refused({ practiceSlugs: ['no-such-practice'] }, 'practiceSlugs');
		await refused({ practiceIds: [crypto.randomUUID()] }, 'practiceIds');
		await refused(
			{ weakAreas: [{ roundId: otherRound.id, dimensionId: 'governance' }] },
			'weakAreas'
		);
		// A strength is not a weak area; neither is a dimension the round did not score.
		await refused({ weakAreas: [{ roundId: round.id, dimensionId: 'backups' }] }, 'weakAreas');
		await refused({ weakAreas: [{ roundId: round.id, dimensionId: 'suppliers' }] }, 'weakAreas');
		expect(await countPilots(f.territory.id)).toBe(0);
	});

	it('keeps a contributor’s pilot action with its links, and records it', async () => {
		const [practice] = await database.db
			.select({ id: practicesTable.id })
			.from(practicesTable)
			.where(eq(practicesTable.slug, 'lille-e-administration-network'));
		const pilot = await createPilotAction(
			f.ctx('contributor'),
			pilotInput(f.territory, {
				stakeholderIds: [stakeholder.id],
				practiceIds: practice ? [practice.id] : [],
				practiceSlugs: ['lille-cybersecurity-mutualisation', 'lille-e-administration-network'],
				weakAreas: [
					{ roundId: round.id, dimensionId: 'governance' },
					{ roundId: round.id, dimensionId: 'governance' }
				],
				dataSteps: ['collect', 'collect', 'analyse']
			})
		);
		expect(pilot).toMatchObject({
			status: 'scoped',
			version: 1,
			dataSteps: ['collect', 'analyse']
		});
		const view = await getPilotAction(f.ctx('viewer'), {
			slug: f.territory.slug,
			pilotId: pilot.id,
			locale: 'fr'
		});
		expect(view.stakeholders.map((s) => s.name)).toEqual(['Campus Cyber']);
		expect(view.practices.map((p) => p.slug).sort()).toEqual([
			'lille-cybersecurity-mutualisation',
			'lille-e-administration-network'
		]);
		expect(view.weakAreas).toEqual([
			expect.objectContaining({ roundId: round.id, dimensionId: 'governance', level: 1 })
		]);
		expect(view.weakAreas[0]?.assessmentTitle).toBe('Cybersécurité de la commune');
		expect(view).toMatchObject({ canEdit: false, canDelete: false });
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.action, 'roadmap.create-pilot-action'),
					eq(auditEntriesTable.targetId, pilot.id)
				)
			);
		expect(entry).toMatchObject({
			territoryId: f.territory.id,
			actorId: f.people.contributor.user.id,
			summary: { stakeholders: 1, practices: 2, weakAreas: 1 }
		});
	});

	it('lets members, ancestor owners and moderators read; others get 401 or 404', async () => {
		const address = { slug: f.territory.slug };
		for (const who of ['viewer', 'ancestorOwner', 'moderator', 'admin'] as const) {
			const list = await listPilotActions(f.ctx(who), address);
			expect(list.pilots).toHaveLength(1);
			expect(list.canCreate).toBe(who === 'admin');
		}
		const [pilot] = (await listPilotActions(f.ctx('viewer'), address)).pilots;
		const pilotId = pilot?.id ?? '';
		expect(await statusOf(listPilotActions(f.ctx('stranger'), address))).toBe(404);
		expect(await statusOf(listPilotActions(contextFor(database.db, anonymous), address))).toBe(401);
		expect(
			await statusOf(getPilotAction(f.ctx('stranger'), { slug: f.territory.slug, pilotId }))
		).toBe(404);
		// Addressed through another territory, even one the actor owns: not found.
		expect(await statusOf(getPilotAction(f.ctx('stranger'), { slug: f.other.slug, pilotId }))).toBe(
			404
		);
		expect(
			await statusOf(getPilotAction(f.ctx('viewer'), { slug: f.territory.slug, pilotId: 'x' }))
		).toBe(404);
	});
});

describe('the scoping form’s choices', () => {
	it('offers the territory’s stakeholders and weak areas, and the practices for the focus first', async () => {
		expect(
			await statusOf(getPilotFormOptions(f.ctx('viewer'), { slug: f.territory.slug, locale: 'en' }))
		).toBe(403);
		const options = await getPilotFormOptions(f.ctx('contributor'), {
			slug: f.territory.slug,
			locale: 'en',
			focus: { roundId: round.id, dimensionId: 'awareness' }
		});
		expect(options.stakeholders.map((s) => s.name)).toEqual(['Campus Cyber']);
		expect(options.rounds).toHaveLength(1);
		expect(options.rounds[0]?.weakAreas.map((w) => w.dimensionId)).toEqual([
			'governance',
			'awareness'
		]);
		expect(options.focus).toEqual({ roundId: round.id, dimensionId: 'awareness' });
		expect(options.recommended.length).toBeGreaterThan(0);
		expect(options.recommended[0]?.forFocus).toBe(true);
		expect(options.catalogue?.length).toBeGreaterThanOrEqual(27);
		// A focus outside the territory's weak areas is ignored.
		const elsewhere = await getPilotFormOptions(f.ctx('contributor'), {
			slug: f.territory.slug,
			locale: 'en',
			focus: { roundId: otherRound.id, dimensionId: 'governance' }
		});
		expect(elsewhere.focus).toBeNull();
	});
});
