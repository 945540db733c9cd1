import type { z } from 'zod';
import type { PlanMilestone, PlanSolution } from './load-roadmap-plan';
import type {
	milestoneSchema,
	solutionDetailsSchema,
	solutionSummarySchema
} from './solution-api-contracts';

export function presentMilestone(milestone: PlanMilestone): z.input<typeof milestoneSchema> {
	return {
		id: milestone.id,
		title: milestone.title,
		description: milestone.description,
		position: milestone.position,
		plannedStart: milestone.plannedStart,
		plannedEnd: milestone.plannedEnd,
		baselineStart: milestone.baselineStart,
		baselineEnd: milestone.baselineEnd,
		actualStart: milestone.actualStart,
		actualEnd: milestone.actualEnd,
		status: milestone.status,
		weight: milestone.weight,
		responsibleId: milestone.responsibleId,
		responsibleName: milestone.responsibleName,
		dependsOn: milestone.dependsOn,
		version: milestone.version,
		updatedAt: milestone.updatedAt.toISOString()
	};
}

export function presentSolutionSummary(
	solution: PlanSolution
): z.input<typeof solutionSummarySchema> {
	return {
		id: solution.id,
		title: solution.title,
		stage: solution.stage,
		status: solution.status,
		startsOn: solution.startsOn,
		endsOn: solution.endsOn,
		published: solution.published,
		progress: solution.progress,
		baselineFrozenAt: solution.baselineFrozenAt?.toISOString() ?? null,
		version: solution.version,
		updatedAt: solution.updatedAt.toISOString()
	};
}

export function presentSolutionDetails(
	solution: PlanSolution,
	ambitionIds: string[]
): z.input<typeof solutionDetailsSchema> {
	return {
		...presentSolutionSummary(solution),
		visionLink: solution.visionLink,
		description: solution.description,
		coreTeam: solution.coreTeam,
		contributors: solution.contributors,
		supportNeeded: solution.supportNeeded,
		timelineNote: solution.timelineNote,
		budgetAmount: solution.budgetAmount,
		budgetCurrency: solution.budgetCurrency,
		fundingSources: solution.fundingSources,
		thematicAreaId: solution.thematicAreaId,
		pilotActionId: solution.pilotActionId,
		practiceId: solution.practiceId,
		ambitionIds,
		milestones: solution.milestones.map(presentMilestone),
		createdAt: solution.createdAt.toISOString()
	};
}
