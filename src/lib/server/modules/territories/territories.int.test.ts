import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous, system } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor } from '../accounts/testing/factories';
import { type CreateTerritoryOptions, createTerritory } from './create-territory';
import { getTerritory } from './get-territory';
import { listTerritories } from './list-territories';
import { membershipsTable } from './schema';
import { addMember, buildTerritory } from './testing/factories';
import { updateTerritory } from './update-territory';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

const lille = {
	name: 'Lille',
	kind: 'municipality',
	country: 'FR',
	population: '236000',
	languages: 'fr'
} satisfies CreateTerritoryOptions;

describe('createTerritory', () => {
	it('refuses anonymous visitors (401)', async () => {
		expect(await statusOf(createTerritory(contextFor(database.db, anonymous), lille))).toBe(401);
	});

	it('makes the creator its owner, and records the creation', async () => {
		const { actor } = await buildUser(database.db);
		const territory = await createTerritory(contextFor(database.db, actor), lille);
		expect(territory).toMatchObject({
			name: 'Lille',
			country: 'FR',
			population: 236000,
			languages: ['fr']
		});
		const [membership] = await database.db
			.select()
			.from(membershipsTable)
			.where(eq(membershipsTable.territoryId, territory.id));
		expect(membership).toMatchObject({ userId: actor.userId, role: 'owner' });
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.territoryId, territory.id));
		expect(entry).toMatchObject({ action: 'territories.create-territory', actorId: actor.userId });
	});

	it('numbers the slug when the name is taken', async () => {
		const { actor } = await buildUser(database.db);
		const name = 'Métropole Européenne de Test';
		const first = await createTerritory(contextFor(database.db, actor), { ...lille, name });
		const second = await createTerritory(contextFor(database.db, actor), { ...lille, name });
		expect([first.slug, second.slug]).toEqual([
			'metropole-europeenne-de-test',
			'metropole-europeenne-de-test-2'
		]);
	});

	it('stores hostile names verbatim', async () => {
		const { actor } = await buildUser(database.db);
		const name = '<script>alert(1)</script> مدينة 🏙️';
		const territory = await createTerritory(contextFor(database.db, actor), { ...lille, name });
		expect(territory.name).toBe(name);
	});

	it('attaches under a parent only where the creator is at least an editor', async () => {
		const { actor } = await buildUser(database.db);
		const parent = await buildTerritory(database.db);
		const ctx = contextFor(database.db, actor);
		expect(await statusOf(createTerritory(ctx, { ...lille, parent: parent.slug }))).toBe(404);
		await addMember(database.db, { territory: parent, userId: actor.userId, role: 'editor' });
		const child = await createTerritory(ctx, { ...lille, parent: parent.slug });
		expect(child.parentId).toBe(parent.id);
	});

	it('refuses an unknown parent with a field message', async () => {
		const { actor } = await buildUser(database.db);
		const error = await createTerritory(contextFor(database.db, actor), {
			...lille,
			parent: 'nowhere-at-all'
		}).catch((e: unknown) => e);
		expect(error).toMatchObject({
			code: 'validation',
			fields: { parent: 'territories_error_parent_unknown' }
		});
	});
});

describe('updateTerritory', () => {
	it('is refused to viewers (403) and to other territories\u2019 owners (404)', async () => {
		const territory = await buildTerritory(database.db);
		const viewer = await buildUser(database.db);
		await addMember(database.db, { territory, userId: viewer.actor.userId, role: 'viewer' });
		const otherOwner = await buildUser(database.db);
		await addMember(database.db, {
			territory: await buildTerritory(database.db),
			userId: otherOwner.actor.userId,
			role: 'owner'
		});
		const change = { slug: territory.slug, name: 'Renamed' };
		expect(await statusOf(updateTerritory(contextFor(database.db, viewer.actor), change))).toBe(
			403
		);
		expect(await statusOf(updateTerritory(contextFor(database.db, otherOwner.actor), change))).toBe(
			404
		);
		expect(await statusOf(updateTerritory(contextFor(database.db, anonymous), change))).toBe(401);
	});

	it('lets an editor change only what was sent, and records the difference', async () => {
		const territory = await buildTerritory(database.db, { name: 'Roubaix' });
		await updateTerritory(contextFor(database.db, system), {
			slug: territory.slug,
			population: 98000
		});
		const editor = await buildUser(database.db);
		await addMember(database.db, { territory, userId: editor.actor.userId, role: 'editor' });
		const updated = await updateTerritory(contextFor(database.db, editor.actor), {
			slug: territory.slug,
			name: 'Roubaix (59)'
		});
		expect(updated).toMatchObject({
			name: 'Roubaix (59)',
			population: 98000,
			slug: territory.slug
		});
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.territoryId, territory.id));
		expect(entries.at(-1)?.summary).toEqual({ name: ['Roubaix', 'Roubaix (59)'] });
	});

	it('refuses a parent that would make a cycle', async () => {
		const metropolis = await buildTerritory(database.db);
		const city = await buildTerritory(database.db, { parent: metropolis });
		const district = await buildTerritory(database.db, { parent: city });
		const ctx = contextFor(database.db, system);
		for (const [territory, parent] of [
			[metropolis, district],
			[metropolis, metropolis]
		] as const) {
			const error = await updateTerritory(ctx, { slug: territory.slug, parent: parent.slug }).catch(
				(e: unknown) => e
			);
			expect(error).toMatchObject({ fields: { parent: 'territories_error_parent_cycle' } });
		}
		const moved = await updateTerritory(ctx, { slug: district.slug, parent: metropolis.slug });
		expect(moved.parentId).toBe(metropolis.id);
	});
});

describe('getTerritory and listTerritories', () => {
	it('shows public details to anyone, with parent, children and what the viewer may do', async () => {
		const parent = await buildTerritory(database.db, { name: 'Parent' });
		const territory = await buildTerritory(database.db, { parent });
		await buildTerritory(database.db, { name: 'Child', parent: territory });
		const details = await getTerritory(contextFor(database.db, anonymous), {
			slug: territory.slug
		});
		expect(details.parent?.name).toBe('Parent');
		expect(details.children.map((c) => c.name)).toEqual(['Child']);
		expect(details.allowed).toEqual({
			update: false,
			viewMembers: false,
			invite: false,
			manageMembers: false,
			viewAudit: false
		});
	});

	it('answers 404 for an unknown slug', async () => {
		expect(
			await statusOf(getTerritory(contextFor(database.db, anonymous), { slug: 'no-such-place' }))
		).toBe(404);
	});

	it('searches names without accents or case, and lists my territories', async () => {
		const { actor } = await buildUser(database.db);
		await createTerritory(contextFor(database.db, actor), {
			...lille,
			name: 'Hérouville-Saint-Clair'
		});
		const list = await listTerritories(contextFor(database.db, actor), { q: 'herouville' });
		expect(list.territories.map((t) => t.name)).toEqual(['Hérouville-Saint-Clair']);
		expect(list.mine.map((m) => [m.territory.name, m.role])).toEqual([
			['Hérouville-Saint-Clair', 'owner']
		]);
		expect((await listTerritories(contextFor(database.db, actor), { q: '%' })).territories).toEqual(
			[]
		);
	});
});
