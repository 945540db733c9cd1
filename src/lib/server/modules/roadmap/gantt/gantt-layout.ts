/**
 * The Gantt chart's geometry, as a pure function of the plan, the scale and today, so
 * that the page, the standalone SVG and the tests all draw the same thing. Dates are ISO
 * `YYYY-MM-DD` strings and are counted in whole UTC days; a bar covers its end day.
 */
export const ganttScales = ['month', 'quarter', 'year'] as const;
export type GanttScale = (typeof ganttScales)[number];

export type MilestoneStatus = 'not-started' | 'in-progress' | 'done' | 'cancelled';

export interface GanttMilestoneInput {
	id: string;
	title: string;
	plannedStart: string;
	plannedEnd: string;
	baselineStart: string | null;
	baselineEnd: string | null;
	actualStart: string | null;
	actualEnd: string | null;
	status: MilestoneStatus;
	responsibleName: string | null;
	dependsOn: readonly string[];
}

export interface GanttSolutionInput {
	id: string;
	title: string;
	startsOn: string;
	endsOn: string;
	progress: number | null;
	milestones: readonly GanttMilestoneInput[];
}

export interface Bar {
	x: number;
	width: number;
	start: string;
	end: string;
}

export interface SolutionRow {
	kind: 'solution';
	y: number;
	id: string;
	title: string;
	progress: number | null;
	period: Bar;
}

export interface MilestoneRow {
	kind: 'milestone';
	y: number;
	id: string;
	solutionTitle: string;
	title: string;
	status: MilestoneStatus;
	responsibleName: string | null;
	dependsOnTitles: string[];
	planned: Bar;
	baseline: Bar | null;
	/** Up to the actual end, or to today while the milestone runs. */
	actual: (Bar & { running: boolean }) | null;
	/** Its actual or planned end passes its baseline end. */
	late: boolean;
}

export interface Tick {
	x: number;
	width: number;
	/** First day of the period (month, quarter or year) the tick stands for. */
	start: string;
}

export interface Arrow {
	from: string;
	to: string;
	path: string;
}

export interface GanttLayout {
	scale: GanttScale;
	width: number;
	height: number;
	labelWidth: number;
	headerHeight: number;
	ticks: Tick[];
	today: string;
	todayX: number | null;
	rows: (SolutionRow | MilestoneRow)[];
	arrows: Arrow[];
	/** Where each bar sits in a milestone row (the components, sent to the browser, read it here). */
	bars: typeof milestoneBars;
}

export const geometry = {
	labelWidth: 260,
	headerHeight: 36,
	solutionRowHeight: 30,
	milestoneRowHeight: 36,
	margin: 12,
	/** Room after the last tick for a solution's progress label. */
	trailing: 170,
	/** Pixels per day, so that one tick is 90–180 pixels wide. */
	dayWidth: { month: 4, quarter: 1.5, year: 0.5 } satisfies Record<GanttScale, number>
} as const;

const dayMs = 86_400_000;

export function dayNumber(iso: string): number {
	return Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);
}

export function isoOfDay(day: number): string {
	return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The first day of the period of `scale` that holds `iso`. */
function periodStart(iso: string, scale: GanttScale): string {
	const year = iso.slice(0, 4);
	const month = Number(iso.slice(5, 7));
	if (scale === 'year') {
		return `${year}-01-01`;
	}
	const first = scale === 'quarter' ? month - ((month - 1) % 3) : month;
	return `${year}-${String(first).padStart(2, '0')}-01`;
}

function nextPeriod(iso: string, scale: GanttScale): string {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const step = scale === 'year' ? 12 : scale === 'quarter' ? 3 : 1;
	const index = year * 12 + (month - 1) + step;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

export function layoutGantt(input: {
	solutions: readonly GanttSolutionInput[];
	scale: GanttScale;
	today: string;
}): GanttLayout {
	const { scale, today } = input;
	const dates = input.solutions.flatMap((s) => [
		s.startsOn,
		s.endsOn,
		...s.milestones.flatMap((m) =>
			[m.plannedStart, m.plannedEnd, m.baselineStart, m.baselineEnd, m.actualStart, m.actualEnd]
				.filter((d): d is string => d !== null)
				.concat(m.actualStart && !m.actualEnd && m.status !== 'cancelled' ? [today] : [])
		)
	]);
	const first = dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : today;
	const last = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : today;
	const rangeStart = periodStart(first, scale);
	const rangeEndExclusive = nextPeriod(periodStart(last, scale), scale);
	const origin = dayNumber(rangeStart);
	const dayWidth = geometry.dayWidth[scale];
	const left = geometry.labelWidth;
	const xOf = (iso: string): number => round(left + (dayNumber(iso) - origin) * dayWidth);
	const bar = (start: string, end: string): Bar => ({
		x: xOf(start),
		width: round((dayNumber(end) - dayNumber(start) + 1) * dayWidth),
		start,
		end
	});

	const ticks: Tick[] = [];
	for (let start = rangeStart; start < rangeEndExclusive; start = nextPeriod(start, scale)) {
		const next = nextPeriod(start, scale);
		ticks.push({
			x: xOf(start),
			width: round((dayNumber(next) - dayNumber(start)) * dayWidth),
			start
		});
	}

	const titles = new Map(input.solutions.flatMap((s) => s.milestones.map((m) => [m.id, m.title])));
	const rows: (SolutionRow | MilestoneRow)[] = [];
	let y = geometry.headerHeight;
	for (const solution of input.solutions) {
		rows.push({
			kind: 'solution',
			y,
			id: solution.id,
			title: solution.title,
			progress: solution.progress,
			period: bar(solution.startsOn, solution.endsOn)
		});
		y += geometry.solutionRowHeight;
		for (const milestone of solution.milestones) {
			const baseline =
				milestone.baselineStart && milestone.baselineEnd
					? bar(milestone.baselineStart, milestone.baselineEnd)
					: null;
			const running =
				milestone.actualStart !== null &&
				milestone.actualEnd === null &&
				milestone.status !== 'done' &&
				milestone.status !== 'cancelled';
			const actualEnd = milestone.actualEnd ?? (running ? today : null);
			const actual =
				milestone.actualStart && actualEnd && actualEnd >= milestone.actualStart
					? { ...bar(milestone.actualStart, actualEnd), running }
					: null;
			const end =
				milestone.actualEnd ??
				(running && today > milestone.plannedEnd ? today : milestone.plannedEnd);
			rows.push({
				kind: 'milestone',
				y,
				id: milestone.id,
				solutionTitle: solution.title,
				title: milestone.title,
				status: milestone.status,
				responsibleName: milestone.responsibleName,
				dependsOnTitles: milestone.dependsOn
					.map((id) => titles.get(id))
					.filter((title): title is string => title !== undefined),
				planned: bar(milestone.plannedStart, milestone.plannedEnd),
				baseline,
				actual,
				late:
					milestone.baselineEnd !== null &&
					milestone.status !== 'cancelled' &&
					end > milestone.baselineEnd
			});
			y += geometry.milestoneRowHeight;
		}
	}

	const milestoneRows = new Map(
		rows.filter((row): row is MilestoneRow => row.kind === 'milestone').map((row) => [row.id, row])
	);
	const arrows: Arrow[] = [];
	const dependsOn = new Map(
		input.solutions.flatMap((s) => s.milestones.map((m) => [m.id, m.dependsOn] as const))
	);
	for (const row of milestoneRows.values()) {
		for (const prerequisiteId of dependsOn.get(row.id) ?? []) {
			const from = milestoneRows.get(prerequisiteId);
			if (from) {
				arrows.push({ from: from.id, to: row.id, path: arrowPath(from, row) });
			}
		}
	}

	const chartEnd = round(left + (dayNumber(rangeEndExclusive) - origin) * dayWidth);
	const todayX = today >= rangeStart && today < rangeEndExclusive ? xOf(today) : null;
	return {
		scale,
		width: round(chartEnd + geometry.trailing),
		height: y + geometry.margin,
		labelWidth: left,
		headerHeight: geometry.headerHeight,
		ticks,
		today,
		todayX,
		rows,
		arrows,
		bars: milestoneBars
	};
}

/** Planned bars sit at the top of a milestone row; their middle is where arrows meet. */
export const plannedBar = { top: 5, height: 12 } as const;
export const actualBar = { top: 20, height: 8 } as const;
export const baselineBar = { top: 30, height: 3 } as const;
const milestoneBars = { planned: plannedBar, actual: actualBar, baseline: baselineBar } as const;

/**
 * From the end of the prerequisite's planned bar to the start of the dependent one: out
 * to the right, down (or up) to the dependent row, then in. When the dependent starts
 * before the prerequisite ends, the line goes round through the gap between the rows.
 */
function arrowPath(from: MilestoneRow, to: MilestoneRow): string {
	const middle = plannedBar.top + plannedBar.height / 2;
	const x1 = round(from.planned.x + from.planned.width);
	const y1 = from.y + middle;
	const x2 = to.planned.x;
	const y2 = to.y + middle;
	const out = round(x1 + 6);
	if (x2 - 6 >= out) {
		return `M${x1},${y1} H${out} V${y2} H${x2}`;
	}
	const gap = y2 > y1 ? to.y : to.y + geometry.milestoneRowHeight;
	return `M${x1},${y1} H${out} V${gap} H${round(x2 - 6)} V${y2} H${x2}`;
}
