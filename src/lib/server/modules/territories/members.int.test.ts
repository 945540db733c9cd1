import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor } from '../accounts/testing/factories';
import { changeMemberRole } from './change-member-role';
import { leaveTerritory } from './leave-territory';
import { listMembers } from './list-members';
import type { MemberRole } from './policy';
import { removeMember } from './remove-member';
import { addMember, buildTerritory } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

/** A metropolis with a municipality; one member of each role in the municipality. */
async function scene() {
	const metropolis = await buildTerritory(database.db, { kind: 'metropolis' });
	const town = await buildTerritory(database.db, { parent: metropolis });
	const people: Record<
		MemberRole | 'ancestorOwner' | 'otherOwner',
		Awaited<ReturnType<typeof buildUser>>
	> = {
		owner: await buildUser(database.db),
		editor: await buildUser(database.db),
		contributor: await buildUser(database.db),
		viewer: await buildUser(database.db),
		ancestorOwner: await buildUser(database.db),
		otherOwner: await buildUser(database.db)
	};
	for (const role of ['owner', 'editor', 'contributor', 'viewer'] as const) {
		await addMember(database.db, { territory: town, userId: people[role].actor.userId, role });
	}
	await addMember(database.db, {
		territory: metropolis,
		userId: people.ancestorOwner.actor.userId,
		role: 'owner'
	});
	await addMember(database.db, {
		territory: await buildTerritory(database.db),
		userId: people.otherOwner.actor.userId,
		role: 'owner'
	});
	const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);
	return { town, people, ctx };
}

describe('listMembers', () => {
	it('is for members and the owners of an ancestor; others get 401 or 404', async () => {
		const { town, ctx } = await scene();
		expect(
			await statusOf(listMembers(contextFor(database.db, anonymous), { slug: town.slug }))
		).toBe(401);
		expect(await statusOf(listMembers(ctx('otherOwner'), { slug: town.slug }))).toBe(404);
		const members = await listMembers(ctx('viewer'), { slug: town.slug });
		expect(members.map((m) => m.role)).toEqual(['owner', 'editor', 'contributor', 'viewer']);
		expect((await listMembers(ctx('ancestorOwner'), { slug: town.slug })).length).toBe(4);
	});
});

describe('changeMemberRole', () => {
	it('is for owners only: editors 403, ancestor owners 403 (read only), other owners 404', async () => {
		const { town, people, ctx } = await scene();
		const change = { slug: town.slug, userId: people.viewer.actor.userId, role: 'editor' as const };
		expect(await statusOf(changeMemberRole(ctx('editor'), change))).toBe(403);
		expect(await statusOf(changeMemberRole(ctx('ancestorOwner'), change))).toBe(403);
		expect(await statusOf(changeMemberRole(ctx('otherOwner'), change))).toBe(404);
		await changeMemberRole(ctx('owner'), change);
		const members = await listMembers(ctx('owner'), { slug: town.slug });
		expect(members.find((m) => m.userId === people.viewer.actor.userId)?.role).toBe('editor');
	});

	it('never demotes the last owner', async () => {
		const { town, people, ctx } = await scene();
		const demote = { slug: town.slug, userId: people.owner.actor.userId, role: 'editor' as const };
		expect(await statusOf(changeMemberRole(ctx('owner'), demote))).toBe(409);
		await changeMemberRole(ctx('owner'), {
			slug: town.slug,
			userId: people.editor.actor.userId,
			role: 'owner'
		});
		expect(await statusOf(changeMemberRole(ctx('owner'), demote))).toBe(200);
	});
});

describe('removeMember and leaveTerritory', () => {
	it('lets owners remove members, others not', async () => {
		const { town, people, ctx } = await scene();
		const remove = { slug: town.slug, userId: people.contributor.actor.userId };
		expect(await statusOf(removeMember(ctx('editor'), remove))).toBe(403);
		await removeMember(ctx('owner'), remove);
		expect(await statusOf(removeMember(ctx('owner'), remove))).toBe(404);
	});

	it('lets anyone leave but the last owner', async () => {
		const { town, ctx } = await scene();
		await leaveTerritory(ctx('viewer'), { slug: town.slug });
		expect(await statusOf(listMembers(ctx('viewer'), { slug: town.slug }))).toBe(404);
		expect(await statusOf(leaveTerritory(ctx('owner'), { slug: town.slug }))).toBe(409);
		expect(await statusOf(leaveTerritory(ctx('otherOwner'), { slug: town.slug }))).toBe(404);
	});
});
