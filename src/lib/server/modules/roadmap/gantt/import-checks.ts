import { findDependencyCycle, milestoneDateErrors } from '../milestone-rules';
import type { CsvProblem } from './csv-file';
import { lineKey, type MilestoneColumn, type MilestoneLine } from './milestones-csv';

/**
 * The checks of an import that need the roadmap: solutions named by title, members by
 * email, the date rules of every milestone, dependencies by title and the cycles they
 * would make once the file is applied. Pure, so that the use case runs it on rows read
 * under lock inside its transaction.
 */
export interface ExistingSolution {
	id: string;
	title: string;
	startsOn: string;
	endsOn: string;
}

export interface ExistingMilestone {
	id: string;
	solutionId: string;
	title: string;
}

export interface ResolvedLine extends MilestoneLine {
	solutionId: string;
	responsibleId: string | null;
	/** Keys (solution id + lower-case title) of the milestones this one waits for. */
	dependsOnKeys: string[];
	key: string;
}

const fieldColumns: Record<string, MilestoneColumn> = {
	plannedStart: 'planned_start',
	plannedEnd: 'planned_end',
	actualStart: 'actual_start',
	actualEnd: 'actual_end'
};

export function checkImport(options: {
	lines: readonly MilestoneLine[];
	solutions: readonly ExistingSolution[];
	milestones: readonly ExistingMilestone[];
	dependencies: readonly { milestoneId: string; dependsOnId: string }[];
	members: ReadonlyMap<string, string>;
	today: string;
}): { ok: true; lines: ResolvedLine[] } | { ok: false; problems: CsvProblem[] } {
	const problems: CsvProblem[] = [];
	const solutionByTitle = new Map(options.solutions.map((s) => [s.title.toLowerCase(), s]));
	const keyOfMilestone = new Map(
		options.milestones.map((m) => [m.id, lineKey(m.solutionId, m.title)])
	);
	const titleOfKey = new Map(
		options.milestones.map((m) => [lineKey(m.solutionId, m.title), m.title])
	);
	const resolved: ResolvedLine[] = [];
	for (const line of options.lines) {
		const solution = solutionByTitle.get(line.solution.toLowerCase());
		if (!solution) {
			problems.push({
				row: line.row,
				column: 'solution',
				code: 'roadmap_gantt_import_unknown_solution',
				params: { value: line.solution }
			});
			continue;
		}
		const key = lineKey(solution.id, line.title);
		titleOfKey.set(key, line.title);
		resolved.push({
			...line,
			solutionId: solution.id,
			responsibleId: null,
			dependsOnKeys: [],
			key
		});
	}
	const known = new Set([...keyOfMilestone.values(), ...resolved.map((line) => line.key)]);
	for (const line of resolved) {
		const period = options.solutions.find((s) => s.id === line.solutionId);
		if (period) {
			for (const [field, code] of Object.entries(
				milestoneDateErrors(line, period, options.today)
			)) {
				problems.push({ row: line.row, column: fieldColumns[field] ?? null, code });
			}
		}
		if (line.responsible) {
			const userId = options.members.get(line.responsible);
			if (userId) {
				line.responsibleId = userId;
			} else {
				problems.push({
					row: line.row,
					column: 'responsible',
					code: 'roadmap_gantt_import_unknown_member',
					params: { value: line.responsible }
				});
			}
		}
		for (const title of line.dependsOn) {
			// A title of the same solution first; else a title found once in the roadmap.
			const own = lineKey(line.solutionId, title);
			const elsewhere = [...known].filter((key) => key.endsWith(`\u0000${title.toLowerCase()}`));
			const key = known.has(own) ? own : elsewhere.length === 1 ? elsewhere[0] : undefined;
			if (key) {
				line.dependsOnKeys.push(key);
			} else {
				problems.push({
					row: line.row,
					column: 'depends_on',
					code: 'roadmap_gantt_import_unknown_dependency',
					params: { value: title }
				});
			}
		}
	}
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	// The graph once the file is applied: a milestone of the file has exactly the
	// dependencies the file gives it; the others keep theirs.
	const inFile = new Set(resolved.map((line) => line.key));
	const edges = options.dependencies
		.map((d) => ({
			milestoneId: keyOfMilestone.get(d.milestoneId) ?? d.milestoneId,
			dependsOnId: keyOfMilestone.get(d.dependsOnId) ?? d.dependsOnId
		}))
		.filter((edge) => !inFile.has(edge.milestoneId));
	for (const line of resolved) {
		edges.push(
			...line.dependsOnKeys.map((dependsOnId) => ({ milestoneId: line.key, dependsOnId }))
		);
	}
	const cycle = findDependencyCycle(edges);
	if (cycle) {
		const line = resolved.find((l) => cycle.includes(l.key));
		problems.push({
			row: line?.row ?? null,
			column: 'depends_on',
			code: 'roadmap_gantt_import_cycle',
			params: { path: cycle.map((key) => titleOfKey.get(key) ?? key).join(' → ') }
		});
		return { ok: false, problems };
	}
	return { ok: true, lines: resolved };
}
