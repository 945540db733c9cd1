import { z } from 'zod';
import { limits, text } from '../../platform/validation';
import { journeyStage, milestoneStatus, solutionStatus } from './solution-schema';

/** Limits shared by the forms, the API and the use cases. */
export const solutionLimits = {
	title: limits.name,
	longText: 4_000,
	links: 50,
	dependencies: 50
} as const;

export const journeyStages = journeyStage.enumValues;
export const solutionStatuses = solutionStatus.enumValues;
export const milestoneStatuses = milestoneStatus.enumValues;

const optionalText = (max: number) => text({ min: 0, max }).default('');
const unique = <T>(values: T[]): T[] => [...new Set(values)];
const isoDate = z.iso.date({ message: 'plan_error_date' });
const optionalId = (message: string) => z.uuid({ message }).nullable().default(null);

/** Exact money as a decimal string with at most two decimals ("120000.50"). */
export const budgetAmount = z
	.string()
	.regex(/^\d{1,12}(\.\d{1,2})?$/, { message: 'plan_error_budget' })
	.nullable()
	.default(null);

/** A solution sheet as created or edited (the territory is in the address). */
export const solutionFields = z.object({
	title: text({ max: solutionLimits.title }),
	visionLink: optionalText(solutionLimits.longText),
	description: optionalText(solutionLimits.longText),
	coreTeam: optionalText(solutionLimits.longText),
	contributors: optionalText(solutionLimits.longText),
	supportNeeded: optionalText(solutionLimits.longText),
	timelineNote: optionalText(solutionLimits.longText),
	budgetAmount,
	budgetCurrency: z
		.string()
		.trim()
		.regex(/^[A-Z]{3}$/, { message: 'plan_error_currency' })
		.default('EUR'),
	fundingSources: optionalText(solutionLimits.longText),
	stage: z.enum(journeyStages, { message: 'roadmap_error_choose' }).default('ambition'),
	status: z.enum(solutionStatuses, { message: 'roadmap_error_choose' }).default('planned'),
	startsOn: isoDate,
	endsOn: isoDate,
	thematicAreaId: optionalId('plan_error_area'),
	ambitionIds: z
		.array(z.uuid({ message: 'plan_error_ambition' }))
		.max(solutionLimits.links)
		.default([])
		.transform(unique),
	pilotActionId: optionalId('plan_error_pilot'),
	practiceId: optionalId('roadmap_error_practice'),
	published: z.boolean().default(false)
});
export type SolutionFieldsInput = z.input<typeof solutionFields>;
export type SolutionFields = z.output<typeof solutionFields>;

/** A milestone as created or edited (the solution is in the address). */
export const milestoneFields = z.object({
	title: text({ max: solutionLimits.title }),
	description: optionalText(solutionLimits.longText),
	plannedStart: isoDate,
	plannedEnd: isoDate,
	actualStart: isoDate.nullable().default(null),
	actualEnd: isoDate.nullable().default(null),
	status: z.enum(milestoneStatuses, { message: 'roadmap_error_choose' }).default('not-started'),
	weight: z
		.number({ message: 'plan_error_weight' })
		.int({ message: 'plan_error_weight' })
		.min(1, { message: 'plan_error_weight' })
		.max(5, { message: 'plan_error_weight' })
		.default(1),
	responsibleId: optionalId('plan_error_responsible'),
	dependsOn: z
		.array(z.uuid({ message: 'plan_error_dependency' }))
		.max(solutionLimits.dependencies)
		.default([])
		.transform(unique)
});
export type MilestoneFieldsInput = z.input<typeof milestoneFields>;
export type MilestoneFields = z.output<typeof milestoneFields>;

export const versionNumber = z.number().int().min(1);
