import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { system } from '../platform/actor';
import type { Database } from '../platform/db/client';
import { signIn } from '../modules/accounts/sign-in';
import { usersTable } from '../modules/accounts/schema';
import { listStakeholders } from '../modules/ecosystem/list-stakeholders';
import { getTerritory } from '../modules/territories/get-territory';
import { territoriesTable } from '../modules/territories/schema';
import { compareRounds } from '../modules/diagnose/compare-rounds';
import { startAssessmentContent } from '../modules/diagnose/content';
import { listRounds } from '../modules/diagnose/get-round';
import { listMemberScores } from '../modules/diagnose/list-member-scores';
import { startGuideContent } from '../modules/guide/content';
import { startCatalogueContent } from '../modules/catalogue/content';
import { syncContentPractices } from '../modules/catalogue/sync-content-practices';
import { demoStakeholders } from './demo-ecosystem';
import { seedDemoIfEmpty } from './seed-demo';

let database: Database;
const printed: string[] = [];

beforeAll(async () => {
	const { methods } = await startGuideContent('content');
	await startAssessmentContent(methods, 'content');
	database = await createTestDatabase();
	// The demo's pilot actions link catalogue practices: sync them first, as the server does.
	await syncContentPractices(database.db, await startCatalogueContent(methods, 'content'));
	vi.spyOn(console, 'log').mockImplementation((text: unknown) => {
		printed.push(String(text));
	});
});

afterAll(async () => {
	vi.restoreAllMocks();
	await database.close();
});

describe('seedDemoIfEmpty', () => {
	it('creates the metropolis with its three municipalities, and a small town', async () => {
		await seedDemoIfEmpty(database.db);
		const ctx = { db: database.db, actor: system };
		const metropolis = await getTerritory(ctx, { slug: 'metropole-europeenne-de-lille' });
		expect(metropolis.territory).toMatchObject({
			name: 'Métropole Européenne de Lille',
			kind: 'metropolis'
		});
		expect(metropolis.children.map((c) => c.slug)).toEqual(['lille', 'roubaix', 'tourcoing']);
		const bergues = await getTerritory(ctx, { slug: 'bergues' });
		expect(bergues.parent).toBeNull();
	});

	it('prints each demo account with a password that signs in', async () => {
		const output = printed.join('\n');
		expect(output).toContain('DEMO ONLY');
		const password = /owner@demo\.territoria\.test\s+(\S+)/.exec(output)?.[1] ?? '';
		const signedIn = await signIn(
			{ db: database.db, actor: { kind: 'anonymous' } },
			{
				email: 'owner@demo.territoria.test',
				password,
				clientAddress: '127.0.0.1',
				userAgent: null,
				previousSessionId: null
			}
		);
		expect(signedIn.actor.displayName).toBe('Claire Martin');
		const [admin] = await database.db
			.select()
			.from(usersTable)
			.where(eq(usersTable.email, 'admin@demo.territoria.test'));
		expect(admin?.platformRole).toBe('admin');
	});

	it('runs two years of the cybersecurity diagnostic in the three municipalities', async () => {
		const ctx = { db: database.db, actor: system };
		const view = await listMemberScores(ctx, {
			slug: 'metropole-europeenne-de-lille',
			assessmentId: 'cybersecurity'
		});
		expect(view.members.map((m) => [m.slug, m.shared, m.latest?.results.respondents])).toEqual([
			['lille', true, 2],
			['roubaix', true, 2],
			['tourcoing', true, 2]
		]);
		// Lille, which starts highest, stays ahead of Tourcoing.
		const overall = (slug: string) =>
			view.members.find((m) => m.slug === slug)?.latest?.results.overall ?? -1;
		expect(overall('lille')).toBeGreaterThan(overall('tourcoing'));

		const { rounds } = await listRounds(ctx, 'lille');
		expect(rounds.map(({ round }) => [round.periodStart, round.status])).toEqual([
			['2026-01-01', 'closed'],
			['2025-01-01', 'closed']
		]);
		const comparison = await compareRounds(ctx, {
			slug: 'lille',
			from: rounds[1]?.round.id ?? '',
			to: rounds[0]?.round.id ?? ''
		});
		expect(comparison.overall.change).toBeGreaterThan(0);
	});

	it('maps Lille Metropole’s ecosystem through the use case, and only there', async () => {
		const ctx = { db: database.db, actor: system };
		const metropolis = await listStakeholders(ctx, { slug: 'metropole-europeenne-de-lille' });
		expect(metropolis.stakeholders).toHaveLength(demoStakeholders.length);
		expect(metropolis.stakeholders.map((s) => s.name)).toContain('French Tech Lille');
		expect(metropolis.stakeholders.every((s) => s.version === 1)).toBe(true);
		expect((await listStakeholders(ctx, { slug: 'lille' })).stakeholders).toEqual([]);
	});

	it('does nothing, and prints nothing, on a database that has data', async () => {
		const before = printed.length;
		await seedDemoIfEmpty(database.db);
		expect(printed.length).toBe(before);
		const territories = await database.db.select().from(territoriesTable);
		expect(territories).toHaveLength(5);
	});
});
