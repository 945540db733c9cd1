import { describe, expect, it } from 'vitest';
import {
	geometry,
	layoutGantt,
	type GanttLayout,
	type GanttSolutionInput,
	type MilestoneRow,
	type SolutionRow
} from './gantt-layout';
import { samplePlan, sampleToday } from './testing/sample-plan';

const [solutionA, solutionB] = samplePlan as [GanttSolutionInput, GanttSolutionInput];

/** The row of a milestone, which the test expects to be there. */
function rowOf(layout: GanttLayout, id: string): MilestoneRow {
	const row = milestones(layout).get(id);
	if (!row) {
		throw new Error(`no row for ${id}`);
	}
	return row;
}

const milestones = (layout: ReturnType<typeof layoutGantt>): Map<string, MilestoneRow> =>
	new Map(
		layout.rows
			.filter((row): row is MilestoneRow => row.kind === 'milestone')
			.map((row) => [row.id, row])
	);

describe('Gantt layout', () => {
	const month = layoutGantt({ solutions: samplePlan, scale: 'month', today: sampleToday });

	it('starts and ends on whole periods of the scale', () => {
		expect(month.ticks[0]?.start).toBe('2026-01-01');
		expect(month.ticks.at(-1)?.start).toBe('2027-02-01');
		expect(month.ticks).toHaveLength(14);
		const quarter = layoutGantt({ solutions: samplePlan, scale: 'quarter', today: sampleToday });
		expect(quarter.ticks.map((tick) => tick.start)).toEqual([
			'2026-01-01',
			'2026-04-01',
			'2026-07-01',
			'2026-10-01',
			'2027-01-01'
		]);
		const year = layoutGantt({ solutions: samplePlan, scale: 'year', today: sampleToday });
		expect(year.ticks.map((tick) => tick.start)).toEqual(['2026-01-01', '2027-01-01']);
	});

	it('places dates by day: x grows with the date, a bar covers its end day', () => {
		const dayWidth = geometry.dayWidth.month;
		const january = month.ticks[0];
		const february = month.ticks[1];
		expect(january?.x).toBe(geometry.labelWidth);
		expect(february?.x).toBe(geometry.labelWidth + 31 * dayWidth);
		const a1 = milestones(month).get('a1');
		expect(a1?.planned.x).toBe(geometry.labelWidth + 4 * dayWidth);
		// 5 January to 20 March inclusive: 75 days.
		expect(a1?.planned.width).toBe(75 * dayWidth);
	});

	it('groups rows by solution, a header row with period and progress first', () => {
		expect(month.rows.map((row) => `${row.kind}:${row.id}`)).toEqual([
			'solution:solution-a',
			'milestone:a1',
			'milestone:a2',
			'solution:solution-b',
			'milestone:b1',
			'milestone:b2'
		]);
		const header = month.rows[0] as SolutionRow;
		expect(header.progress).toBe(45);
		expect(header.period.start).toBe('2026-01-01');
		expect(month.rows[1]?.y).toBe(geometry.headerHeight + geometry.solutionRowHeight);
	});

	it('draws baseline only when frozen, actual up to its end or to today while running', () => {
		const rows = milestones(month);
		expect(rows.get('a1')?.baseline).toMatchObject({ start: '2026-01-05', end: '2026-03-13' });
		expect(rows.get('b1')?.baseline).toBeNull();
		expect(rows.get('a1')?.actual).toMatchObject({ end: '2026-03-27', running: false });
		expect(rows.get('a2')?.actual).toMatchObject({
			start: '2026-04-06',
			end: sampleToday,
			running: true
		});
		expect(rows.get('b1')?.actual).toBeNull();
	});

	it('marks late what ends after its baseline end, planned or actual', () => {
		const rows = milestones(month);
		expect(rows.get('a1')?.late).toBe(true);
		expect(rows.get('a2')?.late).toBe(true);
		expect(rows.get('b1')?.late).toBe(false);
		const onTime = layoutGantt({
			solutions: [
				{
					...solutionA,
					milestones: [
						{
							...(solutionA.milestones[0] as GanttSolutionInput['milestones'][number]),
							actualEnd: '2026-03-10',
							plannedEnd: '2026-03-13'
						}
					]
				}
			],
			scale: 'month',
			today: sampleToday
		});
		expect(milestones(onTime).get('a1')?.late).toBe(false);
	});

	it('draws a today line only when today is on the chart', () => {
		expect(month.todayX).toBe(
			geometry.labelWidth + (31 + 28 + 31 + 30 + 14) * geometry.dayWidth.month
		);
		const later = layoutGantt({ solutions: [solutionB], scale: 'month', today: '2030-01-01' });
		expect(later.todayX).toBeNull();
		// A milestone under way runs to today, so the chart reaches today.
		const running = layoutGantt({ solutions: samplePlan, scale: 'month', today: '2027-06-10' });
		expect(running.ticks.at(-1)?.start).toBe('2027-06-01');
		expect(running.todayX).not.toBeNull();
	});

	it('draws an arrow from the end of each prerequisite to the start of its dependant', () => {
		expect(month.arrows.map((arrow) => `${arrow.from}>${arrow.to}`)).toEqual([
			'a1>a2',
			'a2>b1',
			'b1>b2'
		]);
		const a1 = rowOf(month, 'a1');
		const a2 = rowOf(month, 'a2');
		const path = month.arrows[0]?.path ?? '';
		expect(path.startsWith(`M${a1.planned.x + a1.planned.width},`)).toBe(true);
		expect(path.endsWith(`H${a2.planned.x}`)).toBe(true);
		// b1 starts before a2 ends: the line goes round through the gap above b1.
		expect((month.arrows[1]?.path ?? '').split(' ')).toHaveLength(6);
	});

	it('leaves out arrows to milestones not shown, and draws an empty plan', () => {
		const only = layoutGantt({ solutions: [solutionB], scale: 'quarter', today: sampleToday });
		expect(only.arrows.map((arrow) => arrow.from)).toEqual(['b1']);
		const empty = layoutGantt({ solutions: [], scale: 'year', today: sampleToday });
		expect(empty.rows).toEqual([]);
		expect(empty.ticks.map((tick) => tick.start)).toEqual(['2026-01-01']);
	});
});
