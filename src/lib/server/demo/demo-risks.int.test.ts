import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { system, type UseCaseContext } from '../platform/actor';
import type { Database } from '../platform/db/client';
import { buildUser } from '../modules/accounts/testing/factories';
import { getRisk } from '../modules/risks/get-risk';
import { listRisks } from '../modules/risks/list-risks';
import { riskFixture } from '../modules/risks/testing/fixture';
import { buildSolution } from '../modules/risks/testing/factories';
import { addMember, buildTerritory } from '../modules/territories/testing/factories';
import { seedDemoPilots } from './demo-pilots';
import { seedDemoRisks } from './demo-risks';
import { demoSolutionTitles } from './demo-solution-titles';

let database: Database;
let ctx: UseCaseContext;

beforeAll(async () => {
	database = await createTestDatabase();
	// Content loaded and practices synced, as the server does before seeding.
	await riskFixture(database);
	ctx = { db: database.db, actor: system, requestId: 'demo-seed' };
});

afterAll(async () => {
	await database.close();
});

async function metropolisWithOwner() {
	const territory = await buildTerritory(database.db, { kind: 'metropolis' });
	const owner = await buildUser(database.db);
	await addMember(database.db, { territory, userId: owner.user.id, role: 'owner' });
	return { territory, owner };
}

describe('seedDemoRisks', () => {
	it('says clearly which solution is missing when the roadmap was not seeded first', async () => {
		const { territory } = await metropolisWithOwner();
		await seedDemoPilots(ctx, territory.id);
		await expect(seedDemoRisks(ctx, territory.id)).rejects.toThrow(
			/demo solution "Creation of a dedicated technical network.*" is missing/
		);
	});

	it('registers the report’s main risks on the four solutions and one pilot action, one accepted', async () => {
		const { territory, owner } = await metropolisWithOwner();
		// The roadmap demo creates these solutions; here they are written directly.
		for (const title of Object.values(demoSolutionTitles)) {
			await buildSolution(database.db, { territory, title });
		}
		await seedDemoPilots(ctx, territory.id);
		const created = await seedDemoRisks(ctx, territory.id);
		expect(created).toHaveLength(9);
		const { risks } = await listRisks(ctx, { slug: territory.slug, locale: 'en' });
		const titles = risks.map((item) => item.title);
		expect(titles).toEqual(
			expect.arrayContaining([
				'Lack of resources in municipalities',
				'Weak adhesion of partners',
				'Systems that cannot exchange data',
				'Lack of interest in the issue',
				'Few staff attend the awareness sessions'
			])
		);
		expect(risks.every((item) => item.risk.ownerId === owner.user.id)).toBe(true);
		expect(new Set(risks.map((item) => item.subject.title))).toEqual(
			new Set([
				...Object.values(demoSolutionTitles),
				'Cybersecurity awareness sessions in volunteer municipalities'
			])
		);
		const accepted = risks.filter((item) => item.risk.state === 'accepted');
		expect(accepted.map((item) => item.title)).toEqual(['Systems that cannot exchange data']);
		const view = await getRisk(ctx, { slug: territory.slug, riskId: accepted[0]?.risk.id ?? '' });
		expect(view.acceptances).toHaveLength(1);
		expect(view.acceptances[0]).toMatchObject({
			decision: 'accepted',
			approverName: owner.user.displayName,
			snapshot: { residualLikelihood: 2, residualImpact: 2, openActions: 0 }
		});
		expect(view.actions[0]?.doneOn).toBe('2026-04-22');
	});
});
