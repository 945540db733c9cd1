import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { pilotFixture, type PilotFixture, type Person } from '../roadmap/testing/fixture';
import { correctMeasurement } from './correct-measurement';
import { createIndicator } from './create-indicator';
import { exportMeasurements, getIndicator } from './get-indicator';
import type { IndicatorRow } from './indicator-target';
import { importMeasurements } from './import-measurements';
import { latestMeasurements } from './queries';
import { recordMeasurements } from './record-measurements';
import { measurementsTable } from './schema';
import { buildSolution, indicatorInput } from './testing/factories';

let database: Database;
let f: PilotFixture;
let indicator: IndicatorRow;
let other: IndicatorRow;

const now = () => new Date('2026-06-30T12:00:00Z');
const as = (who: Person) => ({ ...f.ctx(who), now });
const encode = (text: string) => new TextEncoder().encode(text);
const rowsOf = async (indicatorId: string) =>
	database.db
		.select()
		.from(measurementsTable)
		.where(eq(measurementsTable.indicatorId, indicatorId));

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	const solution = await buildSolution(database.db, { territory: f.territory });
	({ indicator } = await createIndicator(f.ctx('owner'), indicatorInput(f.territory, solution)));
	({ indicator: other } = await createIndicator(
		f.ctx('owner'),
		indicatorInput(f.territory, solution, {
			title: 'Count',
			valueKind: 'count',
			direction: 'lower'
		})
	));
});

afterAll(async () => {
	await database.close();
});

const address = () => ({ slug: f.territory.slug, indicatorId: indicator.id });
const one = (value: unknown, measuredOn = '2026-01-15', source = 'Tool') => ({
	...address(),
	measurements: [{ value, measuredOn, source }],
	channel: 'form' as const,
	mode: 'add' as const
});

describe('recording measurements', () => {
	it('refuses visitors (401), other territories (404), viewers (403), then bad input (400)', async () => {
		expect(
			await statusOf(recordMeasurements(contextFor(database.db, anonymous, now), one(30)))
		).toBe(401);
		expect(await statusOf(recordMeasurements(as('stranger'), one(30)))).toBe(404);
		expect(await statusOf(recordMeasurements(as('viewer'), one(30)))).toBe(403);
		expect(await statusOf(recordMeasurements(as('ancestorOwner'), one(30)))).toBe(403);
		expect(
			await statusOf(recordMeasurements(as('owner'), { ...one(30), slug: f.other.slug }))
		).toBe(404);
		const refused = async (input: ReturnType<typeof one>, fields: Record<string, string>) => {
			await expect(recordMeasurements(as('contributor'), input)).rejects.toMatchObject({
				code: 'validation',
				fields
			});
		};
		await refused(one(101), { value: 'indicators_error_value_percent' });
		await refused(one('1,5'), { value: 'indicators_error_value_comma' });
		await refused(one('about ten'), { value: 'indicators_error_value_number' });
		await refused(one(30, '2026-07-01'), { measuredOn: 'indicators_error_date_future' });
		await refused(one(30, '31/02/2026'), { measuredOn: 'indicators_error_date_format' });
		await refused(
			{ ...one(1.5), indicatorId: other.id },
			{ value: 'indicators_error_value_count' }
		);
		// A batch is all or nothing: one bad row refuses the lot, each problem by its place.
		await expect(
			recordMeasurements(as('contributor'), {
				...one(30),
				measurements: [
					{ value: 30, measuredOn: '2025-06-30', source: '' },
					{ value: 'x', measuredOn: '2025-06-30', source: '' }
				],
				mode: 'merge'
			})
		).rejects.toMatchObject({
			fields: {
				'1.value': 'indicators_error_value_number',
				'1.measuredOn': 'indicators_error_date_repeated'
			}
		});
		expect(await rowsOf(indicator.id)).toHaveLength(0);
	});

	it('adds values, refuses a second value for a date on the form, merges from the API', async () => {
		const first = await recordMeasurements(as('contributor'), one(28, '2025-07-01'));
		expect(first).toEqual({ added: 1, corrected: 0, unchanged: 0 });
		await expect(
			recordMeasurements(as('contributor'), one(29, '2025-07-01'))
		).rejects.toMatchObject({
			fields: { measuredOn: 'indicators_error_date_taken' }
		});
		const merged = await recordMeasurements(as('editor'), {
			...address(),
			measurements: [
				{ value: 28, measuredOn: '2025-07-01', source: 'Tool' },
				{ value: 41, measuredOn: '2026-01-15', source: 'Tool' }
			],
			channel: 'api',
			mode: 'merge'
		});
		expect(merged).toEqual({ added: 1, corrected: 0, unchanged: 1 });
		const latest = await latestMeasurements(database.db, [indicator.id, other.id]);
		expect(latest.get(indicator.id)).toMatchObject({ value: 41, measuredOn: '2026-01-15' });
		expect(latest.has(other.id)).toBe(false);
		// 20 → 60 over 2025-2027: about 40 expected mid-January 2026.
		expect((await getIndicator(as('viewer'), address())).status.status).toBe('on-track');
	});

	it('keeps history when a value is corrected: both rows, who and through which channel', async () => {
		const before = await getIndicator(as('viewer'), address());
		const target = before.series.find((row) => row.measuredOn === '2026-01-15');
		if (!target) {
			throw new Error('the measurement of 2026-01-15 is missing');
		}
		const correction = {
			...address(),
			measurementId: target.id,
			value: '35.5',
			measuredOn: '2026-01-15',
			source: 'Tool, corrected',
			note: 'Double counting'
		};
		expect(await statusOf(correctMeasurement(as('viewer'), correction))).toBe(403);
		expect(await statusOf(correctMeasurement(as('stranger'), correction))).toBe(404);
		expect(await statusOf(correctMeasurement(as('owner'), { ...correction, value: '35,5' }))).toBe(
			400
		);
		await correctMeasurement(as('contributor'), correction);
		expect(await statusOf(correctMeasurement(as('contributor'), correction))).toBe(409);
		const after = await getIndicator(as('viewer'), address());
		expect(after.series.map((row) => row.value)).toEqual([28, 35.5]);
		expect(after.history).toHaveLength(3);
		const [newest] = after.history;
		expect(newest).toMatchObject({
			value: 35.5,
			correctsId: target.id,
			correctionNote: 'Double counting',
			channel: 'form',
			enteredByName: f.people.contributor.user.displayName
		});
		const old = after.history.find((row) => row.id === target.id);
		expect(old).toMatchObject({
			value: 41,
			channel: 'api',
			enteredByName: f.people.editor.user.displayName
		});
		expect(old?.supersededAt).toBeInstanceOf(Date);
		// The database itself refuses to rewrite a value.
		await expect(
			database.db
				.update(measurementsTable)
				.set({ value: 1 })
				.where(eq(measurementsTable.id, target.id))
		).rejects.toThrow();
	});
});

describe('CSV import and export', () => {
	it('refuses a file with any bad row, reporting each by row and column, writing nothing', async () => {
		const input = (text: string) => ({ ...address(), bytes: encode(text) });
		expect(await statusOf(importMeasurements(as('viewer'), input('date,value\n')))).toBe(403);
		expect(await statusOf(importMeasurements(as('stranger'), input('date,value\n')))).toBe(404);
		const before = (await rowsOf(indicator.id)).length;
		const file = [
			'date,value,source',
			'2025-10-01,31.5,Tool',
			'31/02/2026,32,Tool',
			'2025-11-01,"1,5",Tool',
			'2025-12-01,1,5,Tool',
			'2099-01-01,101,Tool'
		].join('\n');
		await expect(importMeasurements(as('contributor'), input(file))).rejects.toMatchObject({
			problems: [{ row: 5, column: 'value', code: 'indicators_error_value_comma' }]
		});
		const withoutSplit = file.replace('2025-12-01,1,5,Tool', '2025-12-01,33,Tool');
		await expect(importMeasurements(as('contributor'), input(withoutSplit))).rejects.toMatchObject({
			problems: [
				{ row: 3, column: 'date', code: 'indicators_error_date_format' },
				{ row: 4, column: 'value', code: 'indicators_error_value_comma' },
				{ row: 6, column: 'value', code: 'indicators_error_value_percent' },
				{ row: 6, column: 'date', code: 'indicators_error_date_future' }
			]
		});
		await expect(
			importMeasurements(as('contributor'), input('when,value\n'))
		).rejects.toMatchObject({
			problems: [
				{ row: 1, column: 'date', code: 'indicators_import_missing_column' },
				{ row: 1, column: 'when', code: 'indicators_import_unknown_column' }
			]
		});
		await expect(
			importMeasurements(as('contributor'), {
				...address(),
				bytes: new Uint8Array([0xff, 0xfe, 0x41])
			})
		).rejects.toMatchObject({ problems: [{ code: 'indicators_import_not_utf8' }] });
		expect(await rowsOf(indicator.id)).toHaveLength(before);
	});

	it('imports a file, and a file exported then imported elsewhere gives the same series', async () => {
		const counts = await importMeasurements(as('contributor'), {
			...address(),
			bytes: encode(
				'value,date,source\n31.5,2025-10-01,Tool\n28,2025-07-01,Tool\n36,2026-01-15,"Tool, re-counted"\n'
			)
		});
		expect(counts).toEqual({ added: 1, corrected: 1, unchanged: 1 });
		const exported = await exportMeasurements(as('viewer'), address());
		expect(exported.csv).toBe(
			'\uFEFFdate,value,source\r\n2025-07-01,28,Tool\r\n2025-10-01,31.5,Tool\r\n2026-01-15,36,"Tool, re-counted"\r\n'
		);
		const solution = await buildSolution(database.db, { territory: f.territory });
		const { indicator: copy } = await createIndicator(
			f.ctx('owner'),
			indicatorInput(f.territory, solution, { title: 'Copy' })
		);
		const copyAddress = { slug: f.territory.slug, indicatorId: copy.id };
		await importMeasurements(as('owner'), { ...copyAddress, bytes: encode(exported.csv) });
		expect((await exportMeasurements(as('owner'), copyAddress)).csv).toBe(exported.csv);
		// Importing the same file again changes nothing.
		expect(
			await importMeasurements(as('owner'), { ...copyAddress, bytes: encode(exported.csv) })
		).toEqual({ added: 0, corrected: 0, unchanged: 3 });
		const rows = await rowsOf(copy.id);
		expect(rows.every((row) => row.channel === 'csv')).toBe(true);
	});
});
