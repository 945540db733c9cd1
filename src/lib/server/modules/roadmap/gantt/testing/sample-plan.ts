import type { GanttSolutionInput } from '../gantt-layout';

/**
 * A fixed plan for layout and snapshot tests: two solutions, a frozen baseline, a late
 * milestone, one under way, one done, dependencies inside and across solutions. Today is
 * 2026-05-15.
 */
export const sampleToday = '2026-05-15';

const milestone = (
	fields: Partial<GanttSolutionInput['milestones'][number]> &
		Pick<GanttSolutionInput['milestones'][number], 'id' | 'title' | 'plannedStart' | 'plannedEnd'>
): GanttSolutionInput['milestones'][number] => ({
	baselineStart: null,
	baselineEnd: null,
	actualStart: null,
	actualEnd: null,
	status: 'not-started',
	responsibleName: null,
	dependsOn: [],
	...fields
});

export const samplePlan: GanttSolutionInput[] = [
	{
		id: 'solution-a',
		title: 'Shared cybersecurity for small municipalities',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31',
		progress: 45,
		milestones: [
			milestone({
				id: 'a1',
				title: 'Audit of 20 municipalities',
				plannedStart: '2026-01-05',
				plannedEnd: '2026-03-20',
				baselineStart: '2026-01-05',
				baselineEnd: '2026-03-13',
				actualStart: '2026-01-12',
				actualEnd: '2026-03-27',
				status: 'done',
				responsibleName: 'Claire Martin'
			}),
			milestone({
				id: 'a2',
				title: 'Pooled security operations, first wave',
				plannedStart: '2026-04-01',
				plannedEnd: '2026-07-31',
				baselineStart: '2026-04-01',
				baselineEnd: '2026-06-30',
				actualStart: '2026-04-06',
				status: 'in-progress',
				responsibleName: 'Karim Benali',
				dependsOn: ['a1']
			})
		]
	},
	{
		id: 'solution-b',
		title: 'Open data portal for mobility, with a long title that needs shortening',
		startsOn: '2026-03-01',
		endsOn: '2027-02-28',
		progress: null,
		milestones: [
			milestone({
				id: 'b1',
				title: 'Data sharing agreements; "bus, tram & bike"',
				plannedStart: '2026-06-01',
				plannedEnd: '2026-09-30',
				dependsOn: ['a2']
			}),
			milestone({
				id: 'b2',
				title: 'Portal opening',
				plannedStart: '2026-10-01',
				plannedEnd: '2027-01-31',
				dependsOn: ['b1']
			})
		]
	}
];
