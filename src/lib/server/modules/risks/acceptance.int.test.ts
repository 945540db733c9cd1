import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { acceptRisk } from './accept-risk';
import { addRiskAction } from './add-risk-action';
import { changeRiskState } from './change-risk-state';
import { completeRiskAction } from './complete-risk-action';
import { createRisk } from './create-risk';
import { deleteRiskAction } from './delete-risk-action';
import { getRisk } from './get-risk';
import { revokeAcceptance } from './revoke-acceptance';
import { riskAcceptancesTable } from './schema';
import { riskInput } from './testing/factories';
import { riskFixture, type RiskFixture } from './testing/fixture';
import { updateRisk } from './update-risk';

let database: Database;
let f: RiskFixture;

beforeAll(async () => {
	database = await createTestDatabase();
	f = await riskFixture(database);
});

afterAll(async () => {
	await database.close();
});

const newRisk = () => createRisk(f.ctx('contributor'), riskInput(f.territory, f.solution));

describe('treatment actions', () => {
	it('refuses outsiders and bad dates, then puts an open risk in treatment and dates its actions', async () => {
		const risk = await newRisk();
		const address = { slug: f.territory.slug, riskId: risk.id };
		const action = { ...address, description: 'Share one IT technician', dueOn: '2026-09-30' };
		expect(await statusOf(addRiskAction(contextFor(database.db, anonymous), action))).toBe(401);
		expect(await statusOf(addRiskAction(f.ctx('stranger'), action))).toBe(404);
		expect(await statusOf(addRiskAction(f.ctx('viewer'), action))).toBe(403);
		expect(
			await statusOf(addRiskAction(f.ctx('contributor'), { ...action, dueOn: '30/09/2026' }))
		).toBe(400);
		expect(
			await statusOf(addRiskAction(f.ctx('contributor'), { ...action, description: ' ' }))
		).toBe(400);
		const added = await addRiskAction(f.ctx('contributor'), action);
		const done = await completeRiskAction(f.ctx('contributor'), {
			...address,
			actionId: added.id,
			doneOn: '2026-09-12'
		});
		expect(done.doneOn).toBe('2026-09-12');
		expect(
			await statusOf(
				completeRiskAction(f.ctx('contributor'), {
					...address,
					actionId: crypto.randomUUID(),
					doneOn: ''
				})
			)
		).toBe(404);
		const view = await getRisk(f.ctx('viewer'), address);
		expect(view.risk).toMatchObject({ state: 'treating', version: 2 });
		expect(view.actions.map((a) => a.dueOn)).toEqual(['2026-09-30']);
	});
});

describe('the acceptance state machine, through the use cases', () => {
	it('refuses acceptance to visitors (401), other territories (404) and contributors (403)', async () => {
		const risk = await newRisk();
		const decision = { slug: f.territory.slug, riskId: risk.id, rationale: 'Fine' };
		expect(await statusOf(acceptRisk(contextFor(database.db, anonymous), decision))).toBe(401);
		expect(await statusOf(acceptRisk(f.ctx('stranger'), decision))).toBe(404);
		expect(await statusOf(acceptRisk(f.ctx('contributor'), decision))).toBe(403);
		expect(await statusOf(acceptRisk(f.ctx('ancestorOwner'), decision))).toBe(403);
		expect(await statusOf(revokeAcceptance(f.ctx('contributor'), decision))).toBe(403);
	});

	it('refuses an open risk (409), an incomplete one with the missing fields (409) and a blank rationale (400)', async () => {
		const risk = await newRisk();
		const decision = { slug: f.territory.slug, riskId: risk.id, rationale: 'Fine' };
		await expect(acceptRisk(f.ctx('editor'), decision)).rejects.toMatchObject({
			status: 409,
			messageKey: 'risks_error_cannot_accept'
		});
		await updateRisk(f.ctx('contributor'), {
			slug: f.territory.slug,
			riskId: risk.id,
			likelihood: 4,
			impact: 3,
			treatment: 'reduce',
			version: 1
		});
		await expect(acceptRisk(f.ctx('editor'), decision)).rejects.toMatchObject({
			status: 409,
			messageKey: 'risks_error_accept_incomplete',
			fields: {
				residualLikelihood: expect.any(String) as unknown,
				residualImpact: expect.any(String) as unknown
			}
		});
		expect(await statusOf(acceptRisk(f.ctx('editor'), { ...decision, rationale: '  ' }))).toBe(400);
		expect(await statusOf(revokeAcceptance(f.ctx('editor'), decision))).toBe(409);
		const rows = await database.db
			.select()
			.from(riskAcceptancesTable)
			.where(eq(riskAcceptancesTable.riskId, risk.id));
		expect(rows).toEqual([]);
	});

	it('accepts with a snapshot, freezes the assessment, revokes back into treatment, then accepts again', async () => {
		const risk = await newRisk();
		const address = { slug: f.territory.slug, riskId: risk.id };
		await addRiskAction(f.ctx('contributor'), { ...address, description: 'Pool a technician' });
		const treated = await updateRisk(f.ctx('contributor'), {
			...address,
			likelihood: 4,
			impact: 3,
			treatment: 'reduce',
			residualLikelihood: 2,
			residualImpact: 2,
			version: 2
		});
		expect(
			await statusOf(acceptRisk(f.ctx('editor'), { ...address, rationale: 'x', version: 1 }))
		).toBe(409);
		const accepted = await acceptRisk(f.ctx('editor'), {
			...address,
			rationale: 'Residual risk is low once the technician is shared.',
			version: treated.version
		});
		expect(accepted.state).toBe('accepted');
		// An accepted risk keeps its assessment: no new score, no new action, no closing.
		const edit = {
			...address,
			likelihood: 4,
			impact: 3,
			treatment: 'reduce' as const,
			residualLikelihood: 2,
			residualImpact: 2,
			version: accepted.version
		};
		await expect(updateRisk(f.ctx('contributor'), { ...edit, impact: 5 })).rejects.toMatchObject({
			status: 409,
			messageKey: 'risks_error_accepted_locked'
		});
		expect(
			await statusOf(addRiskAction(f.ctx('contributor'), { ...address, description: 'More' }))
		).toBe(409);
		expect(
			await statusOf(changeRiskState(f.ctx('contributor'), { ...address, event: 'close' }))
		).toBe(409);
		expect(await statusOf(acceptRisk(f.ctx('editor'), { ...address, rationale: 'again' }))).toBe(
			409
		);
		// Its description and review date may still change.
		const described = await updateRisk(f.ctx('contributor'), {
			...edit,
			description: 'Reviewed',
			reviewOn: '2027-01-15'
		});
		expect(described.state).toBe('accepted');

		const revoked = await revokeAcceptance(f.ctx('owner'), {
			...address,
			rationale: 'Technician left'
		});
		expect(revoked.state).toBe('treating');
		await updateRisk(f.ctx('contributor'), { ...edit, impact: 5, version: revoked.version });
		await acceptRisk(f.ctx('admin'), { ...address, rationale: 'Accepted at the higher impact' });

		const view = await getRisk(f.ctx('viewer'), address);
		expect(view.risk.state).toBe('accepted');
		expect(view.acceptances.map((a) => [a.decision, a.approverName])).toEqual([
			['accepted', f.people.editor.user.displayName],
			['revoked', f.people.owner.user.displayName],
			['accepted', f.people.admin.user.displayName]
		]);
		expect(view.acceptances[0]?.snapshot).toEqual({
			state: 'accepted',
			likelihood: 4,
			impact: 3,
			treatment: 'reduce',
			residualLikelihood: 2,
			residualImpact: 2,
			openActions: 1
		});
		expect(view.acceptances[1]?.snapshot.state).toBe('treating');
		expect(view.acceptances[2]?.snapshot.impact).toBe(5);
		// The record is append-only.
		await expect(
			database.db
				.update(riskAcceptancesTable)
				.set({ rationale: 'changed' })
				.where(eq(riskAcceptancesTable.riskId, risk.id))
		).rejects.toThrow();
	});

	it('closes an open or treated risk and reopens a closed one, refusing other moves (409)', async () => {
		const risk = await newRisk();
		const address = { slug: f.territory.slug, riskId: risk.id };
		expect(await statusOf(changeRiskState(f.ctx('viewer'), { ...address, event: 'close' }))).toBe(
			403
		);
		expect(
			await statusOf(
				changeRiskState(f.ctx('contributor'), { ...address, event: 'delete' as 'close' })
			)
		).toBe(400);
		expect(
			await statusOf(changeRiskState(f.ctx('contributor'), { ...address, event: 'reopen' }))
		).toBe(409);
		const closed = await changeRiskState(f.ctx('contributor'), { ...address, event: 'close' });
		expect(closed.state).toBe('closed');
		expect(
			await statusOf(addRiskAction(f.ctx('contributor'), { ...address, description: 'x' }))
		).toBe(409);
		expect(
			await statusOf(changeRiskState(f.ctx('contributor'), { ...address, event: 'close' }))
		).toBe(409);
		const reopened = await changeRiskState(f.ctx('contributor'), {
			...address,
			event: 'reopen',
			version: closed.version
		});
		expect(reopened.state).toBe('open');
		const action = await addRiskAction(f.ctx('contributor'), { ...address, description: 'Ask' });
		await deleteRiskAction(f.ctx('contributor'), { ...address, actionId: action.id });
		expect((await getRisk(f.ctx('viewer'), address)).actions).toEqual([]);
	});
});
