import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import type { MemberRole } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import { createStakeholderCategory } from './create-stakeholder-category';
import { exportStakeholders } from './export-stakeholders';
import { importStakeholders, StakeholderFileError } from './import-stakeholders';
import { listStakeholders } from './list-stakeholders';
import { buildStakeholder } from './testing/factories';
import { profileOf } from './update-stakeholder';

let database: Database;
let territory: TerritoryRow;
const people = {} as Record<MemberRole | 'stranger', BuiltUser>;
const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);
const utf8 = (text: string) => new TextEncoder().encode(text);
const header =
	'name,category,gains,gain_note,resources,resource_note,commitments,commitment_note,influence,interest,contact,notes';

const snapshot = async () =>
	(await listStakeholders(ctx('viewer'), { slug: territory.slug })).stakeholders.map((row) => ({
		...profileOf(row),
		version: row.version
	}));

beforeAll(async () => {
	database = await createTestDatabase();
	territory = await buildTerritory(database.db);
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
	await createStakeholderCategory(ctx('editor'), {
		slug: territory.slug,
		key: 'living-labs',
		label: 'Living labs'
	});
	await buildStakeholder(database.db, territory, {
		name: 'Euratechnologies',
		category: 'innovation-agencies'
	});
	await buildStakeholder(database.db, territory, {
		name: 'Sciences Po Lille',
		category: 'universities',
		notes: 'First line\nsecond, with "quotes"',
		contact: '+33 3 00 00 00 00'
	});
});

afterAll(async () => {
	await database.close();
});

describe('exporting and importing stakeholders', () => {
	it('refuses visitors (401), other territories (404), contributors (403), then the file (400)', async () => {
		const file = utf8(`${header}\nA,media,,,,,,,3,3,,\n`);
		const input = { slug: territory.slug, bytes: file };
		expect(await statusOf(importStakeholders(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(importStakeholders(ctx('stranger'), input))).toBe(404);
		expect(await statusOf(importStakeholders(ctx('contributor'), input))).toBe(403);
		expect(await statusOf(exportStakeholders(ctx('stranger'), { slug: territory.slug }))).toBe(404);
		expect(
			await statusOf(
				exportStakeholders(contextFor(database.db, anonymous), { slug: territory.slug })
			)
		).toBe(401);
		expect(
			await statusOf(importStakeholders(ctx('editor'), { ...input, bytes: new Uint8Array() }))
		).toBe(400);
	});

	it('round-trips: importing the exported file changes nothing', async () => {
		const before = await snapshot();
		const file = await exportStakeholders(ctx('viewer'), { slug: territory.slug });
		expect(file.fileName).toBe(`stakeholders-${territory.slug}.csv`);
		const counts = await importStakeholders(ctx('editor'), {
			slug: territory.slug,
			bytes: utf8(file.body)
		});
		expect(counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
		expect(await snapshot()).toEqual(before);
	});

	it('writes nothing when one row is bad, and says which row and column', async () => {
		const before = await snapshot();
		const file = utf8(
			[
				header,
				'New one,media,,,,,,,3,3,,',
				'euratechnologies,media,,,,,,,5,5,,',
				'Odd,astrologers,,,,,,,3,3,,'
			].join('\n')
		);
		const error = await importStakeholders(ctx('editor'), {
			slug: territory.slug,
			bytes: file
		}).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(StakeholderFileError);
		expect((error as StakeholderFileError).problems).toEqual([
			{
				row: 4,
				column: 'category',
				code: 'ecosystem_import_unknown_category',
				params: { category: 'astrologers' }
			}
		]);
		const latin1 = Uint8Array.from([
			...utf8(`${header}\nCaf`),
			0xe9,
			...utf8(',media,,,,,,,3,3,,\n')
		]);
		const encoding = await importStakeholders(ctx('editor'), {
			slug: territory.slug,
			bytes: latin1
		}).catch((caught: unknown) => caught);
		expect((encoding as StakeholderFileError).problems[0]?.code).toBe('ecosystem_import_not_utf8');
		expect(await snapshot()).toEqual(before);
	});

	it('updates by name whatever the case, adds the rest, and audits the import once', async () => {
		const file = utf8(
			[
				header,
				'EURATECHNOLOGIES,innovation-agencies,efficiency;profit,,technical,,visibility,,5,4,,',
				'Living lab of Lille,living-labs,democracy,,human,,pilot-targeting,,2,5,,',
				'Sciences Po Lille,universities,knowledge,,human;data,,partnerships,,3,4,+33 3 00 00 00 00,"First line',
				'second, with ""quotes"""'
			].join('\r\n')
		);
		const counts = await importStakeholders(ctx('owner'), { slug: territory.slug, bytes: file });
		expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1 });
		const rows = await snapshot();
		expect(rows.map((r) => [r.name, r.version])).toEqual([
			['EURATECHNOLOGIES', 2],
			['Living lab of Lille', 1],
			['Sciences Po Lille', 1]
		]);
		expect(rows[0]).toMatchObject({ gains: ['profit', 'efficiency'], influence: 5, interest: 4 });
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'ecosystem.import-stakeholders'))
			.orderBy(auditEntriesTable.id);
		// One entry per import, with its counts: the round trip above, then this one.
		expect(entries.map((e) => e.summary)).toEqual([
			{ rows: 2, created: 0, updated: 0, unchanged: 2 },
			{ rows: 3, created: 1, updated: 1, unchanged: 1 }
		]);
		expect(entries.every((e) => e.territoryId === territory.id)).toBe(true);
	});
});
