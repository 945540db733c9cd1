import type { TerritoryRow } from '../../territories/queries';
import type { CreateMilestoneOptions } from '../create-milestone';
import type { CreateSolutionOptions } from '../create-solution';

/** The day the plan tests live on: actual dates after it are "in the future". */
export const planToday = new Date('2026-06-15T09:00:00Z');

/** Valid input for createSolution (period: 2026); tests override what they check. */
export function solutionInput(
	territory: TerritoryRow,
	overrides: Partial<CreateSolutionOptions> = {}
): CreateSolutionOptions {
	return {
		slug: territory.slug,
		title: 'A shared technical network for online public services',
		visionLink: 'Easier access to online procedures for every resident',
		description: 'Municipalities and the metropolis share one network for their procedures.',
		coreTeam: 'Information systems\nRelation to users',
		contributors: 'Municipalities',
		supportNeeded: 'Human and financial resources',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31',
		...overrides
	};
}

/** Valid input for createMilestone inside solutionInput's period. */
export function milestoneInput(
	territory: TerritoryRow,
	solutionId: string,
	overrides: Partial<CreateMilestoneOptions> = {}
): CreateMilestoneOptions {
	return {
		slug: territory.slug,
		solutionId,
		title: 'Steering and framing',
		plannedStart: '2026-02-01',
		plannedEnd: '2026-03-31',
		weight: 2,
		...overrides
	};
}
