import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../../tests/support/test-database';
import { anonymous } from '../../../platform/actor';
import { auditEntriesTable } from '../../../platform/audit/schema';
import type { Database } from '../../../platform/db/client';
import { buildUser, contextFor, type BuiltUser } from '../../accounts/testing/factories';
import type { MemberRole } from '../../territories/policy';
import type { TerritoryRow } from '../../territories/queries';
import { addMember, buildTerritory } from '../../territories/testing/factories';
import { loadRoadmapPlan } from '../load-roadmap-plan';
import { exportGanttSvg } from './export-gantt-svg';
import { exportMilestones } from './export-milestones';
import { importMilestones, MilestoneFileError } from './import-milestones';
import { loadGantt } from './load-gantt';
import { buildMilestone, buildSolution, type SolutionRow } from './testing/factories';

let database: Database;
let territory: TerritoryRow;
let other: TerritoryRow;
let cyber: SolutionRow;
let mobility: SolutionRow;
let foreign: SolutionRow;
const people = {} as Record<MemberRole | 'stranger', BuiltUser>;
const today = () => new Date('2026-05-15T09:00:00Z');
const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor, today);
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The refusal of an import that the test expects to fail. */
async function refusal(promise: Promise<unknown>): Promise<MilestoneFileError> {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	if (!(caught instanceof MilestoneFileError)) {
		throw new Error('the import was not refused for its file');
	}
	return caught;
}
const header =
	'solution,milestone,planned_start,planned_end,actual_start,actual_end,status,weight,responsible,depends_on';

/** The territory's milestones as comparable facts, by solution and title. */
const snapshot = async () =>
	(await loadRoadmapPlan(database.db, territory.id)).solutions.flatMap((solution) =>
		solution.milestones.map((m) => ({
			solution: solution.title,
			title: m.title,
			plannedStart: m.plannedStart,
			plannedEnd: m.plannedEnd,
			baselineEnd: m.baselineEnd,
			actualStart: m.actualStart,
			actualEnd: m.actualEnd,
			status: m.status,
			weight: m.weight,
			responsibleId: m.responsibleId,
			dependsOn: m.dependsOn.length
		}))
	);

beforeAll(async () => {
	database = await createTestDatabase();
	territory = await buildTerritory(database.db);
	other = await buildTerritory(database.db);
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
	cyber = await buildSolution(database.db, {
		territory,
		title: 'Shared cybersecurity',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31',
		baselineFrozenAt: new Date('2026-01-02T00:00:00Z')
	});
	mobility = await buildSolution(database.db, {
		territory,
		title: 'Mobility data, "open"',
		startsOn: '2026-03-01',
		endsOn: '2027-02-28'
	});
	foreign = await buildSolution(database.db, { territory: other, title: 'Elsewhere' });
	const audit = await buildMilestone(database.db, {
		solution: cyber,
		title: 'Audit',
		plannedStart: '2026-01-05',
		plannedEnd: '2026-03-20',
		baselineStart: '2026-01-05',
		baselineEnd: '2026-03-13',
		actualStart: '2026-01-12',
		actualEnd: '2026-03-27',
		status: 'done',
		weight: 2,
		responsibleId: people.editor.user.id
	});
	await buildMilestone(database.db, {
		solution: cyber,
		title: 'Rollout; wave 1',
		plannedStart: '2026-04-01',
		plannedEnd: '2026-07-31',
		actualStart: '2026-04-06',
		status: 'in-progress',
		weight: 3,
		dependsOn: [audit]
	});
	await buildMilestone(database.db, {
		solution: mobility,
		title: 'Agreements',
		plannedStart: '2026-06-01',
		plannedEnd: '2026-09-30',
		dependsOn: [audit]
	});
	await buildMilestone(database.db, { solution: foreign, title: 'Hidden milestone' });
});

afterAll(async () => {
	await database.close();
});

describe('the Gantt chart and its files', () => {
	it('answer 401 to visitors and 404 to strangers and for a solution of another territory', async () => {
		const anonymousCtx = contextFor(database.db, anonymous);
		expect(await statusOf(loadGantt(anonymousCtx, { slug: territory.slug }))).toBe(401);
		expect(
			await statusOf(exportMilestones(anonymousCtx, { slug: territory.slug, format: 'csv' }))
		).toBe(401);
		expect(await statusOf(loadGantt(ctx('stranger'), { slug: territory.slug }))).toBe(404);
		expect(await statusOf(exportGanttSvg(ctx('stranger'), { slug: territory.slug }))).toBe(404);
		expect(
			await statusOf(exportMilestones(ctx('stranger'), { slug: territory.slug, format: 'ics' }))
		).toBe(404);
		expect(await statusOf(loadGantt(ctx('viewer'), { slug: 'no-such-territory' }))).toBe(404);
		expect(
			await statusOf(loadGantt(ctx('viewer'), { slug: territory.slug, solution: foreign.id }))
		).toBe(404);
		expect(
			await statusOf(exportGanttSvg(ctx('viewer'), { slug: territory.slug, solution: 'nope' }))
		).toBe(400);
	});

	it('lays out every solution of the territory for a viewer, or only one', async () => {
		const view = await loadGantt(ctx('viewer'), { slug: territory.slug, scale: 'month' });
		expect(view.milestoneCount).toBe(3);
		expect(view.canImport).toBe(false);
		expect(view.layout.today).toBe('2026-05-15');
		expect(view.layout.rows.map((row) => row.id)).not.toContain(foreign.id);
		expect(view.layout.arrows).toHaveLength(2);
		const one = await loadGantt(ctx('contributor'), {
			slug: territory.slug,
			solution: mobility.id
		});
		expect(one.milestoneCount).toBe(1);
		expect(one.canImport).toBe(true);
	});

	it('sends the SVG, the calendar and the CSV of this territory only', async () => {
		const svg = await exportGanttSvg(ctx('viewer'), { slug: territory.slug, lang: 'fr' });
		expect(svg.contentType).toBe('image/svg+xml; charset=utf-8');
		expect(svg.body).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(svg.body).toContain('Aujourd’hui');
		expect(svg.body).not.toContain('Hidden milestone');
		const ics = await exportMilestones(ctx('viewer'), { slug: territory.slug, format: 'ics' });
		expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
		expect(ics.body).toContain('SUMMARY:Shared cybersecurity: Rollout\\; wave 1');
		const csv = await exportMilestones(ctx('viewer'), { slug: territory.slug, format: 'csv' });
		expect(csv.fileName).toBe(`milestones-${territory.slug}.csv`);
		expect(csv.body).toContain(
			`Shared cybersecurity,Audit,2026-01-05,2026-03-20,2026-01-12,2026-03-27,done,2,${people.editor.user.email},`
		);
		expect(csv.body).toContain(
			'"Mobility data, ""open""",Agreements,2026-06-01,2026-09-30,,,not-started,1,,Audit'
		);
		expect(csv.body).not.toContain('Hidden milestone');
	});
});

describe('importing milestones from a CSV file', () => {
	const file = (...rows: string[]) => utf8([header, ...rows].join('\r\n'));
	const good = file('Shared cybersecurity,Training,2026-05-01,2026-06-30,,,,2,,Audit');

	it('answers 401, 404 and 403 before reading the file', async () => {
		expect(
			await statusOf(
				importMilestones(contextFor(database.db, anonymous), { slug: territory.slug, bytes: good })
			)
		).toBe(401);
		expect(
			await statusOf(importMilestones(ctx('stranger'), { slug: territory.slug, bytes: good }))
		).toBe(404);
		expect(
			await statusOf(importMilestones(ctx('viewer'), { slug: territory.slug, bytes: good }))
		).toBe(403);
		expect(
			await statusOf(importMilestones(ctx('viewer'), { slug: 'Not a slug', bytes: good }))
		).toBe(404);
	});

	it('writes nothing when any row is wrong, and says which row and column', async () => {
		const before = await snapshot();
		const bad = file(
			'Shared cybersecurity,Training,2026-05-01,2026-06-30,,,,2,,Audit',
			'Shared cybersecurity,Audit,2026-01-05,31/02/2026,,,done,"1,5",,',
			'Unknown solution,Kick-off,2026-01-01,2026-01-02,,,,,,',
			'"Mobility data, ""open""",Agreements,2026-06-01,2026-09-30,,,,,nobody@example.org,',
			'Shared cybersecurity,Late start,2025-12-01,2026-01-10,,,,,,',
			'Elsewhere,Hidden milestone,2026-01-01,2026-01-01,,,,,,'
		);
		const error = await refusal(
			importMilestones(ctx('contributor'), { slug: territory.slug, bytes: bad })
		);
		expect(error.status).toBe(400);
		expect(error.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[3, 'planned_end', 'roadmap_gantt_import_bad_date'],
			[3, 'weight', 'roadmap_gantt_import_weight_decimal']
		]);
		const semantic = file(
			'Shared cybersecurity,Training,2026-05-01,2026-06-30,,,,2,,Audit',
			'Unknown solution,Kick-off,2026-01-01,2026-01-02,,,,,,',
			'Shared cybersecurity,Late start,2025-12-01,2026-01-10,,,,,,',
			'Shared cybersecurity,Audit,2026-01-05,2026-03-20,,,,,nobody@example.org,Training',
			'Elsewhere,Hidden milestone,2026-01-01,2026-01-01,,,,,,'
		);
		const second = await refusal(
			importMilestones(ctx('contributor'), { slug: territory.slug, bytes: semantic })
		);
		expect(second.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[3, 'solution', 'roadmap_gantt_import_unknown_solution'],
			[6, 'solution', 'roadmap_gantt_import_unknown_solution'],
			[4, 'planned_start', 'roadmap_error_outside_period'],
			[5, 'responsible', 'roadmap_gantt_import_unknown_member']
		]);
		const cycle = file('Shared cybersecurity,Audit,2026-01-05,2026-03-20,,,,,,Rollout; wave 1');
		const third = await refusal(
			importMilestones(ctx('contributor'), { slug: territory.slug, bytes: cycle })
		);
		expect(third.problems).toMatchObject([
			{ row: 2, column: 'depends_on', code: 'roadmap_gantt_import_cycle' }
		]);
		expect(await snapshot()).toEqual(before);
	});

	it('creates and updates milestones, keeps baselines, records one audit entry', async () => {
		const semicolons = utf8(
			[
				header.replace(/,/g, ';'),
				'Shared cybersecurity;Training;2026-05-01;2026-06-30;;;;2;;Audit',
				`shared cybersecurity;audit;2026-01-05;2026-03-27;2026-01-12;2026-03-27;done;2;${people.owner.user.email.toUpperCase()};`,
				'"Mobility data, ""open""";Agreements;2026-06-01;2026-09-30;;;not-started;1;;Audit'
			].join('\n')
		);
		const counts = await importMilestones(ctx('contributor'), {
			slug: territory.slug,
			bytes: semicolons
		});
		expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1 });
		const after = await snapshot();
		expect(after.find((m) => m.title === 'audit')).toMatchObject({
			plannedEnd: '2026-03-27',
			baselineEnd: '2026-03-13',
			responsibleId: people.owner.user.id
		});
		expect(after.find((m) => m.title === 'Training')).toMatchObject({
			weight: 2,
			status: 'not-started',
			dependsOn: 1
		});
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.action, 'roadmap.import-milestones'),
					eq(auditEntriesTable.territoryId, territory.id)
				)
			);
		expect(entries).toHaveLength(1);
		expect(entries[0]?.summary).toMatchObject({ rows: 3, created: 1, updated: 1, unchanged: 1 });
	});

	it('reads back its own export unchanged: export, import, same milestones', async () => {
		const before = await snapshot();
		const exported = await exportMilestones(ctx('viewer'), { slug: territory.slug, format: 'csv' });
		const counts = await importMilestones(ctx('editor'), {
			slug: territory.slug,
			bytes: utf8(exported.body)
		});
		expect(counts).toEqual({ created: 0, updated: 0, unchanged: before.length });
		expect(await snapshot()).toEqual(before);
		const again = await exportMilestones(ctx('viewer'), { slug: territory.slug, format: 'csv' });
		expect(again.body).toBe(exported.body);
	});
});
