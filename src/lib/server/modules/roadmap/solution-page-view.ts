import type { PlanMilestone, SolutionRow } from './load-roadmap-plan';

/** The edit form's starting values for a saved solution. */
export function solutionInitial(
	solution: SolutionRow,
	ambitionIds: string[]
): Record<string, string | string[]> {
	return {
		title: solution.title,
		visionLink: solution.visionLink,
		description: solution.description,
		coreTeam: solution.coreTeam,
		contributors: solution.contributors,
		supportNeeded: solution.supportNeeded,
		timelineNote: solution.timelineNote,
		budgetAmount: solution.budgetAmount ?? '',
		budgetCurrency: solution.budgetCurrency,
		fundingSources: solution.fundingSources,
		stage: solution.stage,
		status: solution.status,
		startsOn: solution.startsOn,
		endsOn: solution.endsOn,
		thematicAreaId: solution.thematicAreaId ?? '',
		pilotActionId: solution.pilotActionId ?? '',
		practiceId: solution.practiceId ?? '',
		ambitionIds,
		published: solution.published ? ['on'] : []
	};
}

/** The edit form's starting values for a saved milestone. */
export function milestoneInitial(milestone: PlanMilestone): Record<string, string | string[]> {
	return {
		title: milestone.title,
		description: milestone.description,
		plannedStart: milestone.plannedStart,
		plannedEnd: milestone.plannedEnd,
		actualStart: milestone.actualStart ?? '',
		actualEnd: milestone.actualEnd ?? '',
		status: milestone.status,
		weight: String(milestone.weight),
		responsibleId: milestone.responsibleId ?? '',
		dependsOn: milestone.dependsOn
	};
}

/** What the conflict screen shows of the solution saved meanwhile. */
export function solutionConflictView(solution: SolutionRow) {
	return {
		version: solution.version,
		title: solution.title,
		description: solution.description,
		stage: solution.stage,
		status: solution.status,
		startsOn: solution.startsOn,
		endsOn: solution.endsOn,
		supportNeeded: solution.supportNeeded,
		published: solution.published
	};
}
export type SolutionConflict = ReturnType<typeof solutionConflictView>;

/** What the conflict screen shows of the milestone saved meanwhile. */
export function milestoneConflictView(milestone: PlanMilestone) {
	return {
		version: milestone.version,
		title: milestone.title,
		plannedStart: milestone.plannedStart,
		plannedEnd: milestone.plannedEnd,
		actualStart: milestone.actualStart,
		actualEnd: milestone.actualEnd,
		status: milestone.status,
		weight: milestone.weight,
		responsibleName: milestone.responsibleName
	};
}
export type MilestoneConflict = ReturnType<typeof milestoneConflictView>;
