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
import { demoStakeholders } from './demo-ecosystem';
import { seedDemoIfEmpty } from './seed-demo';

let database: Database;
const printed: string[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
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
