import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { createRisk } from './create-risk';
import { deleteRisk } from './delete-risk';
import { getRisk } from './get-risk';
import { listRisks } from './list-risks';
import { getRiskFormOptions } from './risk-form-options';
import { risksTable } from './schema';
import { riskInput } from './testing/factories';
import { riskFixture, type RiskFixture } from './testing/fixture';
import { updateRisk } from './update-risk';

let database: Database;
let f: RiskFixture;

const countRisks = async (territoryId: string) =>
	(await database.db.select().from(risksTable).where(eq(risksTable.territoryId, territoryId)))
		.length;

beforeAll(async () => {
	database = await createTestDatabase();
	f = await riskFixture(database);
});

afterAll(async () => {
	await database.close();
});

describe('adding a risk', () => {
	it('refuses visitors (401), other territories (404), viewers and ancestor owners (403)', async () => {
		const input = riskInput(f.territory, f.solution);
		expect(await statusOf(createRisk(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createRisk(f.ctx('stranger'), input))).toBe(404);
		expect(await statusOf(createRisk(f.ctx('viewer'), input))).toBe(403);
		expect(await statusOf(createRisk(f.ctx('ancestorOwner'), input))).toBe(403);
		expect(await statusOf(createRisk(f.ctx('moderator'), input))).toBe(403);
		expect(await statusOf(createRisk(f.ctx('owner'), { ...input, slug: 'no-such-place' }))).toBe(
			404
		);
		expect(await countRisks(f.territory.id)).toBe(0);
	});

	it('refuses bad scores, unknown taxonomy risks, custom risks without title or macro-challenge, outsiders as owners and foreign subjects (400)', async () => {
		const input = riskInput(f.territory, f.solution);
		const refused = async (overrides: Record<string, unknown>, field: string) => {
			await expect(
				createRisk(f.ctx('contributor'), { ...input, ...overrides })
			).rejects.toMatchObject({
				status: 400,
				fields: expect.objectContaining({ [field]: expect.any(String) as unknown }) as unknown
			});
		};
		await refused({ likelihood: 0 }, 'likelihood');
		await refused({ impact: 6 }, 'impact');
		await refused({ impact: 'high' }, 'impact');
		await refused({ residualLikelihood: 2.5 }, 'residualLikelihood');
		await refused({ treatment: 'ignore' }, 'treatment');
		await refused({ reviewOn: '2026-13-45' }, 'reviewOn');
		await refused({ taxonomyRiskId: 'no-such-risk' }, 'taxonomyRiskId');
		await refused({ taxonomyRiskId: null, customTitle: null }, 'customTitle');
		await refused(
			{ taxonomyRiskId: null, customTitle: 'Floods', macroChallengeId: 'weather' },
			'macroChallengeId'
		);
		await refused({ ownerId: f.people.stranger.user.id }, 'ownerId');
		await refused({ solutionId: f.otherSolution.id }, 'solutionId');
		await refused({ pilotActionId: f.pilot.id }, 'subject');
		await refused({ solutionId: null }, 'subject');
		expect(await countRisks(f.territory.id)).toBe(0);
	});

	it('keeps a contributor’s taxonomy risk and custom risk, puts a treated one in treatment, and records both', async () => {
		const fromTaxonomy = await createRisk(
			f.ctx('contributor'),
			riskInput(f.territory, f.solution, { ownerId: f.people.editor.user.id })
		);
		expect(fromTaxonomy).toMatchObject({
			macroChallengeId: 'financial-burden',
			taxonomyRiskId: 'financial-burden-lack-of-resources',
			customTitle: null,
			state: 'open',
			version: 1
		});
		const custom = await createRisk(
			f.ctx('contributor'),
			riskInput(f.territory, f.solution, {
				solutionId: undefined,
				pilotActionId: f.pilot.id,
				taxonomyRiskId: '',
				customTitle: 'Trainers unavailable in summer',
				macroChallengeId: 'human-contact',
				likelihood: '2' as unknown as number,
				impact: 5,
				treatment: 'reduce'
			})
		);
		expect(custom).toMatchObject({
			pilotActionId: f.pilot.id,
			solutionId: null,
			macroChallengeId: 'human-contact',
			state: 'treating',
			likelihood: 2
		});
		const audits = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'risks.create-risk'));
		expect(audits).toHaveLength(2);
	});
});

describe('reading the register', () => {
	it('hides it from visitors (401) and other territories (404), shows it to members and ancestor owners', async () => {
		const address = { slug: f.territory.slug };
		expect(await statusOf(listRisks(contextFor(database.db, anonymous), address))).toBe(401);
		expect(await statusOf(listRisks(f.ctx('stranger'), address))).toBe(404);
		expect(
			await statusOf(listRisks(f.ctx('viewer'), { ...address, solutionId: f.otherSolution.id }))
		).toBe(404);
		const all = await listRisks(f.ctx('ancestorOwner'), { ...address, locale: 'fr' });
		expect(all.risks.map((item) => item.title)).toEqual([
			'Manque de moyens dans les communes',
			'Trainers unavailable in summer'
		]);
		expect(all.risks[0]).toMatchObject({ score: 12, level: 'high', residualScore: null });
		expect(all.canEdit).toBe(false);
		const ofPilot = await listRisks(f.ctx('viewer'), { ...address, pilotActionId: f.pilot.id });
		expect(ofPilot.subject).toMatchObject({ type: 'pilot', title: f.pilot.title });
		expect(ofPilot.risks).toHaveLength(1);
	});

	it('shows a risk’s sheet with practices suggested for its macro-challenge, and 404 across territories', async () => {
		const [risk] = (await listRisks(f.ctx('viewer'), { slug: f.territory.slug })).risks;
		if (!risk) {
			throw new Error('no risk');
		}
		expect(
			await statusOf(getRisk(f.ctx('stranger'), { slug: f.territory.slug, riskId: risk.risk.id }))
		).toBe(404);
		expect(
			await statusOf(getRisk(f.ctx('stranger'), { slug: f.other.slug, riskId: risk.risk.id }))
		).toBe(404);
		expect(
			await statusOf(getRisk(f.ctx('viewer'), { slug: f.territory.slug, riskId: 'nope' }))
		).toBe(404);
		const view = await getRisk(f.ctx('viewer'), {
			slug: f.territory.slug,
			riskId: risk.risk.id,
			locale: 'en'
		});
		expect(view.title).toBe('Lack of resources in municipalities');
		expect(view.ownerName).toBe(f.people.editor.user.displayName);
		expect(view.subject).toMatchObject({ type: 'solution', title: 'Pooled cybersecurity' });
		expect(view.suggestions.map((s) => s.slug)).toContain('lille-cybersecurity-mutualisation');
	});

	it('offers the new-risk form to contributors only, for a subject of the territory', async () => {
		const base = { slug: f.territory.slug, locale: 'en' as const, forNewRisk: true };
		expect(
			await statusOf(getRiskFormOptions(f.ctx('viewer'), { ...base, solutionId: f.solution.id }))
		).toBe(403);
		expect(
			await statusOf(
				getRiskFormOptions(f.ctx('contributor'), { ...base, solutionId: f.otherSolution.id })
			)
		).toBe(404);
		expect(
			await statusOf(getRiskFormOptions(f.ctx('contributor'), { ...base, solutionId: 'x' }))
		).toBe(404);
		const options = await getRiskFormOptions(f.ctx('contributor'), {
			...base,
			pilotActionId: f.pilot.id
		});
		expect(options.taxonomy).toHaveLength(8);
		expect(options.members.map((member) => member.id)).toContain(f.people.viewer.user.id);
		expect(options.members.map((member) => member.id)).not.toContain(f.people.stranger.user.id);
	});
});

describe('editing and deleting a risk', () => {
	it('answers 409 to a stale version, writing nothing, then saves the current one', async () => {
		const risk = await createRisk(f.ctx('contributor'), riskInput(f.territory, f.solution));
		const edit = {
			slug: f.territory.slug,
			riskId: risk.id,
			likelihood: 5,
			impact: 5,
			description: 'Worse than thought',
			version: 1
		};
		expect(await statusOf(updateRisk(f.ctx('viewer'), edit))).toBe(403);
		expect(await statusOf(updateRisk(f.ctx('stranger'), edit))).toBe(404);
		expect(await statusOf(updateRisk(f.ctx('contributor'), { ...edit, likelihood: 9 }))).toBe(400);
		const saved = await updateRisk(f.ctx('contributor'), { ...edit, treatment: 'transfer' });
		expect(saved).toMatchObject({ version: 2, likelihood: 5, state: 'treating' });
		expect(await statusOf(updateRisk(f.ctx('editor'), { ...edit, impact: 1 }))).toBe(409);
		const [kept] = await database.db.select().from(risksTable).where(eq(risksTable.id, risk.id));
		expect(kept?.impact).toBe(5);
		expect(
			await statusOf(deleteRisk(f.ctx('contributor'), { slug: f.territory.slug, riskId: risk.id }))
		).toBe(403);
		expect(
			await statusOf(deleteRisk(f.ctx('stranger'), { slug: f.territory.slug, riskId: risk.id }))
		).toBe(404);
		await deleteRisk(f.ctx('editor'), { slug: f.territory.slug, riskId: risk.id });
		expect(
			await statusOf(getRisk(f.ctx('editor'), { slug: f.territory.slug, riskId: risk.id }))
		).toBe(404);
	});
});
