import { toCsv } from '../../../platform/spreadsheet/csv';
import { email as emailSchema } from '../../../platform/validation';
import { headerProblems, maxImportRows, readCsvLines, type CsvProblem } from './csv-file';
import type { MilestoneStatus } from './gantt-layout';

/**
 * The milestones CSV file: a header with these columns (any order), then one milestone
 * per row. Dates are `YYYY-MM-DD`; `depends_on` holds titles of milestones of the same
 * solution separated by `|`. Export writes exactly what import reads.
 */
export const milestoneColumns = [
	'solution',
	'milestone',
	'planned_start',
	'planned_end',
	'actual_start',
	'actual_end',
	'status',
	'weight',
	'responsible',
	'depends_on'
] as const;
export type MilestoneColumn = (typeof milestoneColumns)[number];

const statuses: readonly MilestoneStatus[] = ['not-started', 'in-progress', 'done', 'cancelled'];
const maxTitle = 200;

export interface MilestoneLine {
	row: number;
	solution: string;
	title: string;
	plannedStart: string;
	plannedEnd: string;
	actualStart: string | null;
	actualEnd: string | null;
	status: MilestoneStatus;
	weight: number;
	/** The responsible member's email, lower case. */
	responsible: string | null;
	dependsOn: string[];
}

export type MilestoneReading =
	{ ok: true; lines: MilestoneLine[] } | { ok: false; problems: CsvProblem[] };

export function writeMilestonesCsv(lines: readonly Omit<MilestoneLine, 'row'>[]): string {
	return toCsv([
		[...milestoneColumns],
		...lines.map((line) => [
			line.solution,
			line.title,
			line.plannedStart,
			line.plannedEnd,
			line.actualStart ?? '',
			line.actualEnd ?? '',
			line.status,
			String(line.weight),
			line.responsible ?? '',
			line.dependsOn.join('|')
		])
	]);
}

/** A date written `YYYY-MM-DD` that the calendar has, or the message saying what is wrong. */
export function readDate(value: string): { date: string } | { code: string } {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return { code: 'roadmap_gantt_import_bad_date' };
	}
	const parsed = new Date(`${value}T00:00:00Z`);
	return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value
		? { code: 'roadmap_gantt_import_no_such_day' }
		: { date: value };
}

/** 1 to 5; `1,5` and `1.5` are refused as decimals, not read as 15 or rounded. */
export function readWeight(value: string): { weight: number } | { code: string } {
	if (value === '') {
		return { weight: 1 };
	}
	if (/^[1-5]$/.test(value)) {
		return { weight: Number(value) };
	}
	return /^\d*[.,]\d+$/.test(value)
		? { code: 'roadmap_gantt_import_weight_decimal' }
		: { code: 'roadmap_gantt_import_bad_weight' };
}

const key = (solution: string, title: string): string =>
	`${solution.toLowerCase()}\u0000${title.toLowerCase()}`;

/** One row's cells into a milestone line, or its problems by column. */
function readLine(
	row: number,
	cell: (column: MilestoneColumn) => string
): MilestoneLine | CsvProblem[] {
	const problems: CsvProblem[] = [];
	const problem = (column: MilestoneColumn, code: string, params?: CsvProblem['params']): void => {
		problems.push({ row, column, code, ...(params ? { params } : {}) });
	};
	const title = (column: 'solution' | 'milestone'): string => {
		const value = cell(column);
		if (value === '') {
			problem(column, 'roadmap_gantt_import_required');
		} else if (value.length > maxTitle || value.includes('\u0000')) {
			problem(column, 'roadmap_gantt_import_too_long', { max: maxTitle });
		}
		return value;
	};
	const date = (column: MilestoneColumn, required: boolean): string | null => {
		const value = cell(column);
		if (value === '') {
			if (required) {
				problem(column, 'roadmap_gantt_import_required');
			}
			return null;
		}
		const read = readDate(value);
		if ('code' in read) {
			problem(column, read.code, { value });
			return null;
		}
		return read.date;
	};
	const solution = title('solution');
	const milestone = title('milestone');
	const plannedStart = date('planned_start', true);
	const plannedEnd = date('planned_end', true);
	const actualStart = date('actual_start', false);
	const actualEnd = date('actual_end', false);
	const statusCell = cell('status') || 'not-started';
	const status = statuses.find((s) => s === statusCell.toLowerCase());
	if (!status) {
		problem('status', 'roadmap_gantt_import_bad_status', { value: statusCell });
	}
	const weight = readWeight(cell('weight'));
	if ('code' in weight) {
		problem('weight', weight.code, { value: cell('weight') });
	}
	let responsible: string | null = null;
	if (cell('responsible') !== '') {
		const parsed = emailSchema.safeParse(cell('responsible'));
		if (parsed.success) {
			responsible = parsed.data.toLowerCase();
		} else {
			problem('responsible', 'roadmap_gantt_import_unknown_member', { value: cell('responsible') });
		}
	}
	const dependsOn = cell('depends_on')
		.split('|')
		.map((title) => title.trim())
		.filter(Boolean);
	if (problems.length > 0 || !plannedStart || !plannedEnd || !status || 'code' in weight) {
		return problems;
	}
	return {
		row,
		solution,
		title: milestone,
		plannedStart,
		plannedEnd,
		actualStart,
		actualEnd,
		status,
		weight: weight.weight,
		responsible,
		dependsOn
	};
}

/**
 * Reads a whole file: every row is checked and every problem reported, by row and
 * column, before the import looks at the database.
 */
export function readMilestonesCsv(bytes: Uint8Array): MilestoneReading {
	const read = readCsvLines(bytes);
	if (!read.ok) {
		return read;
	}
	const [header = [], ...body] = read.lines;
	const columns = header.map((cell) => cell.trim().toLowerCase());
	const problems = headerProblems(columns, milestoneColumns);
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	const records = body
		.map((cells, index) => ({ row: index + 2, cells }))
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	if (records.length === 0) {
		return {
			ok: false,
			problems: [{ row: null, column: null, code: 'roadmap_gantt_import_no_rows' }]
		};
	}
	if (records.length > maxImportRows) {
		return {
			ok: false,
			problems: [
				{
					row: null,
					column: null,
					code: 'roadmap_gantt_import_too_many_rows',
					params: { max: maxImportRows }
				}
			]
		};
	}
	const lines: MilestoneLine[] = [];
	const firstRow = new Map<string, number>();
	for (const { row, cells } of records) {
		if (cells.length > columns.length) {
			problems.push({ row, column: null, code: 'roadmap_gantt_import_extra_cells' });
			continue;
		}
		const line = readLine(row, (column) => (cells[columns.indexOf(column)] ?? '').trim());
		if (Array.isArray(line)) {
			problems.push(...line);
			continue;
		}
		const seen = firstRow.get(key(line.solution, line.title));
		if (seen !== undefined) {
			problems.push({
				row,
				column: 'milestone',
				code: 'roadmap_gantt_import_duplicate_row',
				params: { row: seen }
			});
			continue;
		}
		firstRow.set(key(line.solution, line.title), row);
		lines.push(line);
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}

export const lineKey = key;
