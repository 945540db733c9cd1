import { m } from '$lib/paraglide/messages';
import type { milestoneStatus, solutionStatus } from '$lib/server/modules/roadmap/solution-schema';

type SolutionStatus = (typeof solutionStatus.enumValues)[number];
type MilestoneStatus = (typeof milestoneStatus.enumValues)[number];

/** Readable names of the roadmap's statuses, for the public progress page. */
export const solutionStatusLabels: Record<SolutionStatus, () => string> = {
	planned: m.accountability_solution_planned,
	'in-progress': m.accountability_solution_in_progress,
	'on-hold': m.accountability_solution_on_hold,
	done: m.accountability_solution_done,
	cancelled: m.accountability_solution_cancelled
};

export const milestoneStatusLabels: Record<MilestoneStatus, () => string> = {
	'not-started': m.accountability_milestone_not_started,
	'in-progress': m.accountability_milestone_in_progress,
	done: m.accountability_milestone_done,
	cancelled: m.accountability_milestone_cancelled
};
