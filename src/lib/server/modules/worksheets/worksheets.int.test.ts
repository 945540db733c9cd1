import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { toCsv } from '../../platform/spreadsheet/csv';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import { startGuideContent } from '../guide/content';
import type { MemberRole } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import { exportWorksheet } from './export-worksheet';
import { getWorksheet } from './get-worksheet';
import { importWorksheet, WorksheetFileError } from './import-worksheet';
import { compareWorksheetVersions, listWorksheetVersions } from './list-worksheet-versions';
import { listWorksheets } from './list-worksheets';
import { saveWorksheet } from './save-worksheet';
import { worksheetVersionsTable } from './schema';

let database: Database;
let territory: TerritoryRow;
let other: TerritoryRow;
const people = {} as Record<MemberRole | 'stranger', BuiltUser>;

const pilots = { methodId: 'afd-iddri', exerciseId: 'a4-pilot-actions' } as const;
const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);
const address = () => ({ slug: territory.slug, ...pilots });
const pilotAnswers = (...names: string[]) => ({ actions: names.map((name) => ({ name })) });

beforeAll(async () => {
	await startGuideContent('content');
	database = await createTestDatabase();
	territory = await buildTerritory(database.db);
	other = await buildTerritory(database.db);
	for (const role of ['owner', 'editor', 'contributor', 'viewer', 'stranger'] as const) {
		people[role] = await buildUser(database.db);
		if (role !== 'stranger') {
			await addMember(database.db, { territory, userId: people[role].user.id, role });
		}
	}
	await addMember(database.db, {
		territory: other,
		userId: people.stranger.user.id,
		role: 'owner'
	});
});

afterAll(async () => {
	await database.close();
});

describe('saving a worksheet', () => {
	it('refuses visitors (401), other territories’ members (404), viewers (403) and bad answers (400)', async () => {
		const save = (context: ReturnType<typeof ctx>) =>
			saveWorksheet(context, { ...address(), baseVersion: 0, answers: pilotAnswers('x') });
		expect(await statusOf(save(contextFor(database.db, anonymous)))).toBe(401);
		expect(await statusOf(save(ctx('stranger')))).toBe(404);
		expect(await statusOf(save(ctx('viewer')))).toBe(403);
		expect(
			await statusOf(
				saveWorksheet(ctx('contributor'), {
					...address(),
					baseVersion: 0,
					answers: { actions: [{ scope: 'no name' }] }
				})
			)
		).toBe(400);
		expect(await statusOf(getWorksheet(ctx('stranger'), address()))).toBe(404);
		expect(await statusOf(getWorksheet(contextFor(database.db, anonymous), address()))).toBe(401);
		expect(
			await statusOf(getWorksheet(ctx('owner'), { ...address(), exerciseId: 'no-such-exercise' }))
		).toBe(404);
		expect((await getWorksheet(ctx('owner'), address())).version).toBe(0);
	});

	it('keeps every version with its author, and records each save in the audit trail', async () => {
		expect(
			await saveWorksheet(ctx('contributor'), {
				...address(),
				baseVersion: 0,
				answers: pilotAnswers('Hotline')
			})
		).toEqual({
			version: 1,
			changed: true
		});
		expect(
			await saveWorksheet(ctx('editor'), {
				...address(),
				baseVersion: 1,
				answers: pilotAnswers('Hotline', 'Map')
			})
		).toEqual({ version: 2, changed: true });
		const versions = await listWorksheetVersions(ctx('viewer'), address());
		expect(versions.map((v) => [v.version, v.authorName, v.source])).toEqual([
			[2, people.editor.user.displayName, 'form'],
			[1, people.contributor.user.displayName, 'form']
		]);
		const changes = await compareWorksheetVersions(
			ctx('viewer'),
			{ ...address(), from: 1, to: 2 },
			'en'
		);
		expect(changes).toHaveLength(1);
		expect(changes[0]?.fieldId).toBe('actions');
		expect(changes[0]?.after).toContain('Map');
		const audit = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.territoryId, territory.id),
					eq(auditEntriesTable.action, 'worksheets.save-worksheet')
				)
			);
		expect(audit).toHaveLength(2);
	});

	it('refuses a stale save with 409 and writes nothing; the same answers create no version', async () => {
		const stale = saveWorksheet(ctx('owner'), {
			...address(),
			baseVersion: 1,
			answers: pilotAnswers('Mine')
		});
		expect(await statusOf(stale)).toBe(409);
		expect((await getWorksheet(ctx('owner'), address())).answers).toEqual(
			pilotAnswers('Hotline', 'Map')
		);
		expect(
			await saveWorksheet(ctx('owner'), {
				...address(),
				baseVersion: 2,
				answers: pilotAnswers('Hotline', 'Map')
			})
		).toEqual({ version: 2, changed: false });
	});

	it('offers step 4’s pilot actions to step 5’s roadmap, in the same territory only', async () => {
		const roadmap = await getWorksheet(ctx('viewer'), {
			slug: territory.slug,
			methodId: 'afd-iddri',
			exerciseId: 'a5-roadmap'
		});
		expect(roadmap.offered).toEqual([
			{
				fieldId: 'actions',
				sourceExerciseId: 'a4-pilot-actions',
				sourceStepId: 'a4',
				rows: [{ name: 'Hotline' }, { name: 'Map' }]
			}
		]);
		const elsewhere = await getWorksheet(ctx('stranger'), {
			slug: other.slug,
			methodId: 'afd-iddri',
			exerciseId: 'a5-roadmap'
		});
		expect(elsewhere.offered).toEqual([]);
	});

	it('counts answered exercises per track for the territory’s progress', async () => {
		const { methods, canSave } = await listWorksheets(ctx('viewer'), {
			slug: territory.slug,
			locale: 'en'
		});
		expect(canSave).toBe(false);
		const partA = methods
			.find((m) => m.methodId === 'afd-iddri')
			?.tracks.find((t) => t.trackId === 'a');
		expect(partA?.answered).toBe(1);
		expect(partA?.total).toBeGreaterThanOrEqual(6);
		expect(
			await statusOf(listWorksheets(ctx('stranger'), { slug: territory.slug, locale: 'en' }))
		).toBe(404);
	});
});

describe('exporting and importing a worksheet', () => {
	it('round-trips: export XLSX → import → identical answers, as a new version', async () => {
		const before = await getWorksheet(ctx('owner'), address());
		const file = await exportWorksheet(ctx('owner'), { ...address(), format: 'xlsx' }, 'fr');
		expect(file.fileName).toBe(`${territory.slug}-a4-pilot-actions-v2.xlsx`);
		const result = await importWorksheet(ctx('contributor'), {
			...address(),
			fileName: 'back.xlsx',
			bytes: file.body
		});
		// Identical answers: nothing new to keep.
		expect(result).toEqual({ version: 2, changed: false });
		expect((await getWorksheet(ctx('owner'), address())).answers).toEqual(before.answers);
	});

	it('imports a changed CSV as a new version marked as an import', async () => {
		const file = await exportWorksheet(ctx('owner'), { ...address(), format: 'csv' }, 'en');
		const text = new TextDecoder().decode(file.body).replace('Hotline', 'Complaints hotline');
		const result = await importWorksheet(ctx('editor'), {
			...address(),
			fileName: 'edited.csv',
			bytes: new TextEncoder().encode(text)
		});
		expect(result).toEqual({ version: 3, changed: true });
		const [latest] = await listWorksheetVersions(ctx('owner'), address());
		expect(latest?.source).toBe('import');
	});

	it('refuses bad files with located problems and leaves the worksheet unchanged', async () => {
		const importing = (fileName: string, text: string | Uint8Array) =>
			importWorksheet(ctx('owner'), {
				...address(),
				fileName,
				bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text
			}).then(
				() => null,
				(error: unknown) => {
					if (error instanceof WorksheetFileError) {
						return error.problems.map((p) => [p.code, p.row, p.column]);
					}
					throw error;
				}
			);
		const header = ['field', 'row', 'column', 'question', 'value'];
		expect(
			await importing(
				'w.csv',
				toCsv([header, ['actions', '1', 'name', 'Name', '=1+1']]).replace("'=", '=')
			)
		).toEqual([['worksheets_file_formula', 2, 5]]);
		expect(
			await importing(
				'w.csv',
				toCsv([
					[...header, 'extra'],
					['actions', '1', 'name', 'Name', 'A', '']
				])
			)
		).toEqual([['worksheets_file_extra_column', 1, 6]]);
		expect(
			await importing('w.csv', toCsv([header, ['actions', '1', 'scope', 'Scope', 'no name']]))
		).toEqual([['worksheets_error_required', 2, null]]);
		expect(await importing('w.xlsm', 'PK')).toEqual([['worksheets_file_macro', null, null]]);
		expect(await importing('w.xlsx', 'not a zip')).toEqual([
			['worksheets_file_not_xlsx', null, null]
		]);
		expect(await importing('w.txt', 'hello')).toEqual([['worksheets_file_format', null, null]]);
		expect(await importing('w.csv', new Uint8Array(300 * 1024).fill(65))).toEqual([
			['worksheets_file_too_large', null, null]
		]);
		expect(await importing('w.csv', new Uint8Array([0xff, 0xfe, 0x00]))).toEqual([
			['worksheets_file_not_utf8', null, null]
		]);
		const versions = await database.db
			.select({ version: worksheetVersionsTable.version })
			.from(worksheetVersionsTable)
			.where(eq(worksheetVersionsTable.territoryId, territory.id));
		expect(versions).toHaveLength(3);
	});

	it('lets viewers download but not import', async () => {
		const file = await exportWorksheet(
			ctx('viewer'),
			{ ...address(), format: 'csv', blank: true },
			'en'
		);
		expect(new TextDecoder().decode(file.body)).toContain('field,row,column,question,value');
		expect(
			await statusOf(
				importWorksheet(ctx('viewer'), { ...address(), fileName: 'x.csv', bytes: file.body })
			)
		).toBe(403);
	});
});
