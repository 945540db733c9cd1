import type { FieldErrors } from '../../platform/errors';

/**
 * The rules every milestone obeys, whichever way it arrives (form, API, CSV import), as
 * pure functions returning field errors (Paraglide message ids), so that each entry point
 * reports them next to the right field. Dates are ISO `YYYY-MM-DD` strings, which compare
 * correctly as strings.
 */
export interface MilestoneDates {
	plannedStart: string;
	plannedEnd: string;
	actualStart?: string | null;
	actualEnd?: string | null;
}

export interface SolutionPeriod {
	startsOn: string;
	endsOn: string;
}

export function milestoneDateErrors(
	dates: MilestoneDates,
	period: SolutionPeriod,
	today: string
): FieldErrors {
	const errors: FieldErrors = {};
	if (dates.plannedEnd < dates.plannedStart) {
		errors.plannedEnd = 'roadmap_error_end_before_start';
	}
	if (dates.plannedStart < period.startsOn || dates.plannedStart > period.endsOn) {
		errors.plannedStart = 'roadmap_error_outside_period';
	}
	const endOutside = dates.plannedEnd > period.endsOn || dates.plannedEnd < period.startsOn;
	if (endOutside && !('plannedEnd' in errors)) {
		errors.plannedEnd = 'roadmap_error_outside_period';
	}
	// Actual dates record what happened, so they cannot lie in the future.
	if (dates.actualStart && dates.actualStart > today) {
		errors.actualStart = 'roadmap_error_actual_in_future';
	}
	if (dates.actualEnd && dates.actualEnd > today) {
		errors.actualEnd = 'roadmap_error_actual_in_future';
	}
	if (dates.actualEnd && !dates.actualStart) {
		errors.actualStart = 'roadmap_error_actual_start_missing';
	}
	const actualReversed =
		dates.actualStart && dates.actualEnd && dates.actualEnd < dates.actualStart;
	if (actualReversed && !('actualEnd' in errors)) {
		errors.actualEnd = 'roadmap_error_end_before_start';
	}
	return errors;
}

/** A solution's own period: its end on or after its start. */
export function solutionPeriodErrors(period: SolutionPeriod): FieldErrors {
	return period.endsOn < period.startsOn ? { endsOn: 'roadmap_error_end_before_start' } : {};
}

/** Milestones that would fall outside a solution's new period, by id. */
export function milestonesOutside(
	milestones: readonly { id: string; plannedStart: string; plannedEnd: string }[],
	period: SolutionPeriod
): string[] {
	return milestones
		.filter((m) => m.plannedStart < period.startsOn || m.plannedEnd > period.endsOn)
		.map((m) => m.id);
}

/** `milestoneId` depends on `dependsOnId`: the first cannot start before the second ends. */
export interface Dependency {
	milestoneId: string;
	dependsOnId: string;
}

/**
 * The cycle the dependencies would contain, as a path of milestone ids from a milestone
 * back to itself, or null when there is none. Depth-first search over every node, so that
 * a cycle anywhere is found, including a milestone depending on itself.
 */
export function findDependencyCycle(dependencies: readonly Dependency[]): string[] | null {
	const next = new Map<string, string[]>();
	for (const { milestoneId, dependsOnId } of dependencies) {
		next.set(milestoneId, [...(next.get(milestoneId) ?? []), dependsOnId]);
	}
	const done = new Set<string>();
	const onPath: string[] = [];
	const visit = (node: string): string[] | null => {
		const seen = onPath.indexOf(node);
		if (seen !== -1) {
			return [...onPath.slice(seen), node];
		}
		if (done.has(node)) {
			return null;
		}
		onPath.push(node);
		for (const target of next.get(node) ?? []) {
			const cycle = visit(target);
			if (cycle) {
				return cycle;
			}
		}
		onPath.pop();
		done.add(node);
		return null;
	};
	for (const node of next.keys()) {
		const cycle = visit(node);
		if (cycle) {
			return cycle;
		}
	}
	return null;
}
