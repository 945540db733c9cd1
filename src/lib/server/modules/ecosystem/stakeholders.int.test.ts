import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import { pilotActionStakeholdersTable, pilotActionsTable } from '../roadmap/schema';
import type { MemberRole } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import { createStakeholder } from './create-stakeholder';
import { createStakeholderCategory } from './create-stakeholder-category';
import { deleteStakeholder } from './delete-stakeholder';
import { getStakeholder } from './get-stakeholder';
import { listStakeholders } from './list-stakeholders';
import { stakeholderProfile } from './testing/factories';
import { updateStakeholder } from './update-stakeholder';

let database: Database;
let territory: TerritoryRow;
let child: TerritoryRow;
const people = {} as Record<MemberRole | 'stranger' | 'admin' | 'moderator', BuiltUser>;
const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);

beforeAll(async () => {
	database = await createTestDatabase();
	territory = await buildTerritory(database.db);
	child = await buildTerritory(database.db, { parent: territory });
	const other = await buildTerritory(database.db);
	for (const role of ['owner', 'editor', 'contributor', 'viewer'] as const) {
		people[role] = await buildUser(database.db);
		await addMember(database.db, { territory, userId: people[role].user.id, role });
	}
	people.stranger = await buildUser(database.db);
	await addMember(database.db, {
		territory: other,
		userId: people.stranger.user.id,
		role: 'owner'
	});
	people.admin = await buildUser(database.db, { platformRole: 'admin' });
	people.moderator = await buildUser(database.db, { platformRole: 'moderator' });
});

afterAll(async () => {
	await database.close();
});

const auditActions = async (targetId: string) =>
	(
		await database.db
			.select({ action: auditEntriesTable.action })
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, targetId))
	).map((row) => row.action);

describe('adding a stakeholder', () => {
	it('refuses visitors (401), other territories (404), viewers (403) and bad input (400)', async () => {
		const input = { ...stakeholderProfile(), slug: territory.slug };
		expect(await statusOf(createStakeholder(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(createStakeholder(ctx('stranger'), input))).toBe(404);
		expect(await statusOf(createStakeholder(ctx('viewer'), input))).toBe(403);
		expect(await statusOf(createStakeholder(ctx('moderator'), input))).toBe(403);
		expect(
			await statusOf(createStakeholder(ctx('contributor'), { ...input, slug: 'no-such' }))
		).toBe(404);
		for (const bad of [
			{ influence: 0 },
			{ interest: 6 },
			{ name: '   ' },
			{ gains: ['fame'] },
			{ category: 'Not A Key' },
			{ category: 'astrologers' }
		]) {
			expect(await statusOf(createStakeholder(ctx('contributor'), { ...input, ...bad }))).toBe(400);
		}
		const error = await createStakeholder(ctx('contributor'), {
			...input,
			category: 'astrologers'
		}).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).fields).toEqual({ category: 'ecosystem_error_unknown_category' });
	});

	it('adds one, audits it, and refuses the same name in any case as a field error (409)', async () => {
		const created = await createStakeholder(ctx('contributor'), {
			...stakeholderProfile({ name: 'Université de Lille', gains: ['knowledge', 'profit'] }),
			slug: territory.slug
		});
		// Ids come back in the vocabulary's order, whatever the order given.
		expect(created).toMatchObject({ version: 1, gains: ['profit', 'knowledge'] });
		expect(await auditActions(created.id)).toEqual(['ecosystem.create-stakeholder']);
		const twin = await createStakeholder(ctx('editor'), {
			...stakeholderProfile({ name: 'UNIVERSITÉ DE LILLE' }),
			slug: territory.slug
		}).catch((caught: unknown) => caught);
		expect(twin).toMatchObject({ status: 409, fields: { name: 'ecosystem_error_name_taken' } });
	});

	it('accepts a category of the territory’s own, added by an editor only', async () => {
		const category = { slug: territory.slug, key: 'tourism-offices', label: 'Tourism offices' };
		expect(await statusOf(createStakeholderCategory(ctx('contributor'), category))).toBe(403);
		expect(await statusOf(createStakeholderCategory(ctx('stranger'), category))).toBe(404);
		expect(
			await statusOf(createStakeholderCategory(ctx('editor'), { ...category, key: 'media' }))
		).toBe(400);
		expect(
			await statusOf(createStakeholderCategory(ctx('editor'), { ...category, key: 'Bad Key' }))
		).toBe(400);
		await createStakeholderCategory(ctx('editor'), category);
		expect(await statusOf(createStakeholderCategory(ctx('owner'), category))).toBe(409);
		const office = await createStakeholder(ctx('contributor'), {
			...stakeholderProfile({ category: 'tourism-offices' }),
			slug: territory.slug
		});
		expect(office.category).toBe('tourism-offices');
		// Another territory does not see this category.
		expect(
			await statusOf(
				createStakeholder(ctx('admin'), {
					...stakeholderProfile({ category: 'tourism-offices' }),
					slug: child.slug
				})
			)
		).toBe(400);
	});
});

describe('reading the ecosystem', () => {
	it('lets members, ancestor owners, admins and moderators read; hides it from others (404)', async () => {
		const list = await listStakeholders(ctx('viewer'), { slug: territory.slug });
		expect(list.canEdit).toBe(false);
		expect(list.stakeholders.length).toBeGreaterThan(0);
		expect(await statusOf(listStakeholders(ctx('stranger'), { slug: territory.slug }))).toBe(404);
		expect(
			await statusOf(listStakeholders(contextFor(database.db, anonymous), { slug: territory.slug }))
		).toBe(401);
		expect(await statusOf(listStakeholders(ctx('moderator'), { slug: territory.slug }))).toBe(200);
		// The owner of the parent reads the child's ecosystem, but may not write to it.
		expect(await statusOf(listStakeholders(ctx('owner'), { slug: child.slug }))).toBe(200);
		expect(
			await statusOf(createStakeholder(ctx('owner'), { ...stakeholderProfile(), slug: child.slug }))
		).toBe(403);
	});

	it('sorts by name whatever the case, filters by category, and lists linked pilot actions', async () => {
		for (const name of ['beta', 'Alpha', 'gamma']) {
			await createStakeholder(ctx('editor'), {
				...stakeholderProfile({ name, category: 'media' }),
				slug: territory.slug
			});
		}
		const media = await listStakeholders(ctx('viewer'), {
			slug: territory.slug,
			category: 'media'
		});
		expect(media.stakeholders.map((s) => s.name)).toEqual(['Alpha', 'beta', 'gamma']);
		expect(
			await statusOf(listStakeholders(ctx('viewer'), { slug: territory.slug, category: '<x>' }))
		).toBe(400);

		const alpha = media.stakeholders[0];
		if (!alpha) {
			throw new Error('no stakeholder');
		}
		const [pilot] = await database.db
			.insert(pilotActionsTable)
			.values({
				territoryId: territory.id,
				title: 'Connected social centres',
				areaLevel: 'district',
				sectorLevel: 'service',
				amplitude: 'pilot-project',
				lever: 'service-app'
			})
			.returning();
		if (!pilot) {
			throw new Error('no pilot action');
		}
		await database.db
			.insert(pilotActionStakeholdersTable)
			.values({ pilotActionId: pilot.id, stakeholderId: alpha.id });
		const view = await getStakeholder(ctx('viewer'), {
			slug: territory.slug,
			stakeholderId: alpha.id
		});
		expect(view.pilotActions).toEqual([{ id: pilot.id, title: 'Connected social centres' }]);
		// Another territory's address does not reach it, even for that territory's owner.
		expect(
			await statusOf(
				getStakeholder(ctx('stranger'), { slug: territory.slug, stakeholderId: alpha.id })
			)
		).toBe(404);
		expect(
			await statusOf(getStakeholder(ctx('owner'), { slug: child.slug, stakeholderId: alpha.id }))
		).toBe(404);
		expect(
			await statusOf(getStakeholder(ctx('viewer'), { slug: territory.slug, stakeholderId: 'nope' }))
		).toBe(404);
	});
});

describe('editing and deleting', () => {
	it('saves with the version read, refuses a stale version (409) and writes nothing then', async () => {
		const row = await createStakeholder(ctx('contributor'), {
			...stakeholderProfile({ name: 'CITC' }),
			slug: territory.slug
		});
		const address = { slug: territory.slug, stakeholderId: row.id };
		const edit = { ...stakeholderProfile({ name: 'CITC', influence: 5 }), ...address, version: 1 };
		expect(await statusOf(updateStakeholder(ctx('viewer'), edit))).toBe(403);
		expect(await statusOf(updateStakeholder(ctx('stranger'), edit))).toBe(404);
		expect(await statusOf(updateStakeholder(ctx('contributor'), { ...edit, influence: 9 }))).toBe(
			400
		);
		expect(await statusOf(updateStakeholder(ctx('contributor'), { ...edit, name: 'beta' }))).toBe(
			409
		);
		const saved = await updateStakeholder(ctx('contributor'), edit);
		expect(saved).toMatchObject({ version: 2, influence: 5 });
		const stale = await updateStakeholder(ctx('editor'), { ...edit, interest: 1 }).catch(
			(caught: unknown) => caught
		);
		expect(stale).toMatchObject({ status: 409, messageKey: 'ecosystem_error_stale' });
		const view = await getStakeholder(ctx('viewer'), address);
		expect(view.stakeholder).toMatchObject({ version: 2, interest: 4 });
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.targetId, row.id),
					eq(auditEntriesTable.action, 'ecosystem.update-stakeholder')
				)
			);
		expect(entry?.summary).toEqual({ influence: [3, 5] });
	});

	it('lets editors delete, not contributors, and records it', async () => {
		const row = await createStakeholder(ctx('contributor'), {
			...stakeholderProfile(),
			slug: territory.slug
		});
		const address = { slug: territory.slug, stakeholderId: row.id };
		expect(await statusOf(deleteStakeholder(ctx('contributor'), address))).toBe(403);
		expect(await statusOf(deleteStakeholder(ctx('stranger'), address))).toBe(404);
		await deleteStakeholder(ctx('editor'), address);
		expect(await statusOf(getStakeholder(ctx('viewer'), address))).toBe(404);
		expect(await auditActions(row.id)).toEqual([
			'ecosystem.create-stakeholder',
			'ecosystem.delete-stakeholder'
		]);
	});
});
