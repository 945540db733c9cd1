import { describe, expect, it } from 'vitest';
import {
	findDependencyCycle,
	milestoneDateErrors,
	milestonesOutside,
	solutionPeriodErrors
} from './milestone-rules';

const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
const today = '2026-06-15';

describe('milestoneDateErrors', () => {
	it('accepts dates in order, inside the period, actual dates in the past', () => {
		expect(
			milestoneDateErrors(
				{
					plannedStart: '2026-02-01',
					plannedEnd: '2026-03-01',
					actualStart: '2026-02-10',
					actualEnd: '2026-03-20'
				},
				period,
				today
			)
		).toEqual({});
	});

	it('refuses an end before the start', () => {
		expect(
			milestoneDateErrors({ plannedStart: '2026-03-01', plannedEnd: '2026-02-01' }, period, today)
		).toEqual({ plannedEnd: 'roadmap_error_end_before_start' });
	});

	it('refuses planned dates outside the solution period', () => {
		expect(
			milestoneDateErrors({ plannedStart: '2025-12-01', plannedEnd: '2027-01-10' }, period, today)
		).toEqual({
			plannedStart: 'roadmap_error_outside_period',
			plannedEnd: 'roadmap_error_outside_period'
		});
	});

	it('refuses actual dates in the future, and an actual end without a start', () => {
		expect(
			milestoneDateErrors(
				{ plannedStart: '2026-02-01', plannedEnd: '2026-03-01', actualEnd: '2026-07-01' },
				period,
				today
			)
		).toEqual({
			actualEnd: 'roadmap_error_actual_in_future',
			actualStart: 'roadmap_error_actual_start_missing'
		});
	});
});

describe('solution periods', () => {
	it('refuses a period that ends before it starts', () => {
		expect(solutionPeriodErrors({ startsOn: '2026-05-01', endsOn: '2026-04-01' })).toEqual({
			endsOn: 'roadmap_error_end_before_start'
		});
	});

	it('names the milestones a shorter period would leave outside', () => {
		const milestones = [
			{ id: 'a', plannedStart: '2026-01-10', plannedEnd: '2026-02-01' },
			{ id: 'b', plannedStart: '2026-09-01', plannedEnd: '2026-11-01' }
		];
		expect(milestonesOutside(milestones, { startsOn: '2026-01-01', endsOn: '2026-06-30' })).toEqual(
			['b']
		);
	});
});

describe('findDependencyCycle', () => {
	it('finds none in a chain or a diamond', () => {
		expect(
			findDependencyCycle([
				{ milestoneId: 'b', dependsOnId: 'a' },
				{ milestoneId: 'c', dependsOnId: 'a' },
				{ milestoneId: 'd', dependsOnId: 'b' },
				{ milestoneId: 'd', dependsOnId: 'c' }
			])
		).toBeNull();
	});

	it('finds a cycle and names its path', () => {
		expect(
			findDependencyCycle([
				{ milestoneId: 'b', dependsOnId: 'a' },
				{ milestoneId: 'c', dependsOnId: 'b' },
				{ milestoneId: 'a', dependsOnId: 'c' }
			])
		).toEqual(['b', 'a', 'c', 'b']);
	});

	it('finds a milestone depending on itself', () => {
		expect(findDependencyCycle([{ milestoneId: 'a', dependsOnId: 'a' }])).toEqual(['a', 'a']);
	});
});
