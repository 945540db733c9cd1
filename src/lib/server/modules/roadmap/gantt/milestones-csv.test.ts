import { describe, expect, it } from 'vitest';
import { readCsvLines, separatorOf } from './csv-file';
import { checkImport } from './import-checks';
import { readDate, readMilestonesCsv, readWeight, writeMilestonesCsv } from './milestones-csv';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const header =
	'solution,milestone,planned_start,planned_end,actual_start,actual_end,status,weight,responsible,depends_on';

describe('milestone CSV cells', () => {
	it('reads dates written YYYY-MM-DD that the calendar has, nothing else', () => {
		expect(readDate('2026-02-28')).toEqual({ date: '2026-02-28' });
		expect(readDate('31/02/2026')).toEqual({ code: 'roadmap_gantt_import_bad_date' });
		expect(readDate('02/03/2026')).toEqual({ code: 'roadmap_gantt_import_bad_date' });
		expect(readDate('2026-2-3')).toEqual({ code: 'roadmap_gantt_import_bad_date' });
		expect(readDate('2026-02-31')).toEqual({ code: 'roadmap_gantt_import_no_such_day' });
		expect(readDate('2026-13-01')).toEqual({ code: 'roadmap_gantt_import_no_such_day' });
	});

	it('reads weights as whole numbers 1 to 5 and refuses decimals in either locale', () => {
		expect(readWeight('')).toEqual({ weight: 1 });
		expect(readWeight('5')).toEqual({ weight: 5 });
		expect(readWeight('1,5')).toEqual({ code: 'roadmap_gantt_import_weight_decimal' });
		expect(readWeight('1.5')).toEqual({ code: 'roadmap_gantt_import_weight_decimal' });
		expect(readWeight('6')).toEqual({ code: 'roadmap_gantt_import_bad_weight' });
		expect(readWeight('two')).toEqual({ code: 'roadmap_gantt_import_bad_weight' });
	});
});

describe('milestone CSV file', () => {
	it('accepts commas or semicolons, with or without a BOM', () => {
		expect(separatorOf('a;b;c\n1,5;2;3')).toBe(';');
		expect(separatorOf('a,b,c')).toBe(',');
		const semicolons = readCsvLines(utf8('\uFEFFa;b\r\n"x;y";1,5\r\n'));
		expect(semicolons).toEqual({
			ok: true,
			lines: [
				['a', 'b'],
				['x;y', '1,5']
			]
		});
	});

	it('refuses what is not UTF-8 CSV, and files without rows', () => {
		expect(readMilestonesCsv(new Uint8Array())).toMatchObject({
			ok: false,
			problems: [{ code: 'roadmap_gantt_import_empty' }]
		});
		expect(readMilestonesCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
			ok: false,
			problems: [{ code: 'roadmap_gantt_import_not_utf8' }]
		});
		expect(readMilestonesCsv(utf8(`${header}\n`))).toMatchObject({
			ok: false,
			problems: [{ code: 'roadmap_gantt_import_no_rows' }]
		});
		const unknown = readMilestonesCsv(utf8('solution,title\nA,B\n'));
		expect(unknown.ok ? [] : unknown.problems.map((p) => [p.row, p.column, p.code])).toContainEqual(
			[1, 'title', 'roadmap_gantt_import_unknown_column']
		);
		expect(unknown.ok ? [] : unknown.problems.map((p) => p.column)).toContain('planned_start');
	});

	it('reports every bad cell by row and column', () => {
		const file = [
			header,
			'Cyber,Audit,31/02/2026,2026-03-31,,,done,"1,5",,',
			'Cyber,Rollout,2026-04-01,02/03/2026,,,finished,2,not-an-email,',
			'Cyber,audit,2026-01-01,2026-01-31,,,,,,',
			',Nameless,2026-01-01,2026-01-31,,,,,,'
		].join('\n');
		const reading = readMilestonesCsv(utf8(file));
		expect(reading.ok).toBe(false);
		expect(reading.ok ? [] : reading.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[2, 'planned_start', 'roadmap_gantt_import_bad_date'],
			[2, 'weight', 'roadmap_gantt_import_weight_decimal'],
			[3, 'planned_end', 'roadmap_gantt_import_bad_date'],
			[3, 'status', 'roadmap_gantt_import_bad_status'],
			[3, 'responsible', 'roadmap_gantt_import_unknown_member'],
			[5, 'solution', 'roadmap_gantt_import_required']
		]);
	});

	it('refuses a milestone twice in the file, whatever the case', () => {
		const file = [
			header,
			'Cyber,Audit,2026-01-01,2026-01-31,,,,,,',
			'cyber,AUDIT,2026-02-01,2026-02-28,,,,,,'
		].join('\n');
		expect(readMilestonesCsv(utf8(file))).toMatchObject({
			ok: false,
			problems: [
				{
					row: 3,
					column: 'milestone',
					code: 'roadmap_gantt_import_duplicate_row',
					params: { row: 2 }
				}
			]
		});
	});

	it('reads back what it writes', () => {
		const lines = [
			{
				solution: 'Cyber, shared',
				title: '=Audit "one"',
				plannedStart: '2026-01-01',
				plannedEnd: '2026-01-31',
				actualStart: '2026-01-02',
				actualEnd: null,
				status: 'in-progress' as const,
				weight: 3,
				responsible: 'claire@example.org',
				dependsOn: ['Kick-off', 'Budget vote']
			}
		];
		const reading = readMilestonesCsv(utf8(writeMilestonesCsv(lines)));
		expect(reading).toEqual({ ok: true, lines: [{ row: 2, ...lines[0] }] });
	});
});

describe('import checks against the roadmap', () => {
	const solutions = [{ id: 's1', title: 'Cyber', startsOn: '2026-01-01', endsOn: '2026-06-30' }];
	const milestones = [
		{ id: 'm1', solutionId: 's1', title: 'Audit' },
		{ id: 'm2', solutionId: 's1', title: 'Rollout' }
	];
	const read = (rows: string[]) => {
		const reading = readMilestonesCsv(utf8([header, ...rows].join('\n')));
		if (!reading.ok) {
			throw new Error(JSON.stringify(reading.problems));
		}
		return reading.lines;
	};
	const check = (rows: string[], dependencies = [{ milestoneId: 'm2', dependsOnId: 'm1' }]) =>
		checkImport({
			lines: read(rows),
			solutions,
			milestones,
			dependencies,
			members: new Map([['claire@example.org', 'u1']]),
			today: '2026-05-15'
		});

	it('refuses unknown solutions and members, dates outside the period or in the future', () => {
		const result = check([
			'Mobility,Portal,2026-01-01,2026-01-31,,,,,,',
			'Cyber,Audit,2025-12-01,2026-07-31,2026-05-20,,,,bob@example.org,',
			'Cyber,Training,2026-02-01,2026-02-28,,,,,,Nothing'
		]);
		expect(result.ok ? [] : result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[2, 'solution', 'roadmap_gantt_import_unknown_solution'],
			[3, 'planned_start', 'roadmap_error_outside_period'],
			[3, 'planned_end', 'roadmap_error_outside_period'],
			[3, 'actual_start', 'roadmap_error_actual_in_future'],
			[3, 'responsible', 'roadmap_gantt_import_unknown_member'],
			[4, 'depends_on', 'roadmap_gantt_import_unknown_dependency']
		]);
	});

	it('refuses a cycle made with the dependencies already there', () => {
		const result = check(['Cyber,Audit,2026-01-01,2026-01-31,,,,,,Rollout']);
		expect(result).toMatchObject({
			ok: false,
			problems: [
				{
					row: 2,
					column: 'depends_on',
					code: 'roadmap_gantt_import_cycle',
					params: { path: 'Rollout → Audit → Rollout' }
				}
			]
		});
	});

	it('resolves members and dependencies, new milestones included', () => {
		const result = check([
			'Cyber,Audit,2026-01-01,2026-01-31,,,,,CLAIRE@example.org,',
			'Cyber,Training,2026-02-01,2026-02-28,,,,,,audit|Rollout'
		]);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.lines[0]?.responsibleId).toBe('u1');
			expect(result.lines[1]?.dependsOnKeys).toHaveLength(2);
		}
	});
});
