import { demoSolutionTitles } from './demo-solution-titles';
import type { DemoMilestone, DemoSolution } from './demo-plan-content';

/**
 * The four ICC solutions of the Métropole Européenne de Lille (seed 000, §4.6), with their
 * milestones in the report's order; dates as in demo-plan-content.ts.
 */
const steps = (...milestones: DemoMilestone[]): DemoMilestone[] => milestones;

export const demoSolutions: DemoSolution[] = [
	{
		title: demoSolutionTitles.eAdministration,
		visionLink: 'Residents reach online public services more easily and use them better.',
		ambitions: ['A3', 'A2'],
		description:
			'A technical network dedicated to online administration, shared by the metropolis and its municipalities so that their services work together and residents get help with everyday procedures.',
		coreTeam:
			'Information systems directorate\nRelation to users service\nTerritorial governance service',
		contributors: 'Municipalities',
		supportNeeded: 'Human and financial resources',
		timelineNote: 'See the Gantt chart.',
		area: 0,
		stage: 'implementation',
		status: 'in-progress',
		period: [
			[0, '01-01'],
			[2, '06-30']
		],
		published: true,
		pilotTitle: 'Shared e-administration procedures tried in some municipalities',
		milestones: steps(
			{
				title: 'Steering and framing',
				planned: [
					[0, '01-15'],
					[0, '03-31']
				],
				actual: [
					[0, '01-20'],
					[0, '04-21']
				],
				status: 'done',
				weight: 1
			},
			{
				title: 'Pilot projects in some municipalities',
				planned: [
					[0, '04-01'],
					[1, '03-31']
				],
				replanned: [
					[0, '04-22'],
					[1, '05-31']
				],
				actual: [[0, '05-02'], null],
				status: 'in-progress',
				weight: 3
			},
			{
				title: 'Provide the tool to the municipalities',
				planned: [
					[1, '04-01'],
					[2, '06-30']
				],
				replanned: [
					[1, '06-01'],
					[2, '06-30']
				],
				status: 'not-started',
				weight: 3
			}
		)
	},
	{
		title: demoSolutionTitles.inclusiveDialogue,
		visionLink:
			'More residents, and more kinds of residents, take part in the metropolis’s decisions.',
		ambitions: ['A1', 'A4'],
		description:
			'A better social dialogue that makes participation in the metropolis more inclusive: a shared approach with the municipalities, and residents involved earlier in consultations.',
		coreTeam:
			'Citizen participation service\nSocial inclusion service\nMunicipalities\nEnergy and climate service (for the energy dialogue)',
		contributors: 'Elected representatives',
		supportNeeded: 'Human and financial resources',
		timelineNote:
			'The report planned this work for the last quarter of 2021 and the first of 2022; the demo moves it to today’s years.',
		area: 1,
		stage: 'implementation',
		status: 'in-progress',
		period: [
			[0, '02-01'],
			[1, '12-31']
		],
		published: true,
		milestones: steps(
			{
				title: 'A network of volunteer municipalities',
				planned: [
					[0, '02-01'],
					[0, '05-31']
				],
				actual: [
					[0, '02-03'],
					[0, '05-28']
				],
				status: 'done',
				weight: 2
			},
			{
				title: 'Study a citizen reserve shared across municipalities',
				planned: [
					[0, '06-01'],
					[0, '09-30']
				],
				actual: [
					[0, '06-10'],
					[0, '11-14']
				],
				status: 'done',
				weight: 1
			},
			{
				title: 'Bring climate change and the energy transition into the dialogue',
				planned: [
					[0, '10-01'],
					[1, '03-31']
				],
				actual: [[0, '11-17'], null],
				status: 'in-progress',
				weight: 2
			},
			{
				title: 'Help with technical and social inclusion',
				planned: [
					[1, '01-15'],
					[1, '09-30']
				],
				status: 'not-started',
				weight: 2
			},
			{
				title: 'Residents providing data in a participatory way',
				planned: [
					[1, '07-01'],
					[1, '12-31']
				],
				status: 'not-started',
				weight: 1
			}
		)
	},
	{
		title: demoSolutionTitles.energyData,
		visionLink: 'Residents see their energy data and lower their consumption.',
		ambitions: ['A1', 'A4', 'A2'],
		description:
			'A data tool to manage energy demand: the metropolis’s services and residents get easier access to energy data to follow their consumption; residents take part from the start, and the services take stock of the data, needs and issues.',
		coreTeam:
			'Information systems directorate\nEnergy and climate service\nData service\nMunicipalities',
		contributors: 'Elected representatives\nResidents',
		supportNeeded: '',
		timelineNote: '',
		area: 2,
		stage: 'ambition',
		status: 'planned',
		period: [
			[0, '09-01'],
			[2, '12-31']
		],
		published: false,
		pilotTitle: 'An inventory of energy data with a network of volunteers',
		milestones: steps(
			{
				title: 'Benchmark of existing solutions',
				planned: [
					[0, '09-01'],
					[0, '12-15']
				],
				actual: [[0, '09-15'], null],
				status: 'in-progress',
				weight: 1
			},
			{
				title: 'Set up the governance',
				planned: [
					[1, '01-05'],
					[1, '03-31']
				],
				status: 'not-started',
				weight: 1
			},
			{
				title: 'Inventory of the data',
				planned: [
					[1, '04-01'],
					[1, '10-31']
				],
				status: 'not-started',
				weight: 3
			},
			{
				title: 'Coordination with the metropolitan data public service',
				planned: [
					[1, '09-01'],
					[2, '03-31']
				],
				status: 'not-started',
				weight: 2
			},
			{
				title: 'A network of volunteers',
				planned: [
					[2, '04-01'],
					[2, '12-31']
				],
				status: 'not-started',
				weight: 2
			}
		)
	},
	{
		title: demoSolutionTitles.cybersecurity,
		visionLink: '',
		ambitions: ['A3', 'A2', 'A1'],
		description:
			'First make municipalities, elected members and residents aware of the cyber risk; then lower that risk across the territory by pooling means, promoting training and building dedicated tools.',
		coreTeam: 'Information systems directorate\nData service\nCampus Cyber (CITC)',
		contributors: 'Elected members\nResidents\nMunicipalities',
		supportNeeded: '',
		timelineNote:
			'Three workstreams: raise awareness and pool means; raise awareness; develop training.',
		area: 3,
		stage: 'review',
		status: 'in-progress',
		period: [
			[0, '01-01'],
			[1, '12-31']
		],
		published: true,
		pilotTitle: 'Cybersecurity awareness sessions in volunteer municipalities',
		practiceSlug: 'lille-cybersecurity-mutualisation',
		milestones: steps(
			{
				title: 'Political support',
				planned: [
					[0, '01-10'],
					[0, '02-28']
				],
				actual: [
					[0, '01-10'],
					[0, '02-20']
				],
				status: 'done',
				weight: 1
			},
			{
				title: 'Territorial diagnostic',
				planned: [
					[0, '03-01'],
					[0, '05-31']
				],
				actual: [
					[0, '03-01'],
					[0, '06-30']
				],
				status: 'done',
				weight: 2
			},
			{
				title: 'Pooling of means',
				planned: [
					[0, '06-01'],
					[0, '10-31']
				],
				actual: [
					[0, '07-01'],
					[0, '12-05']
				],
				status: 'done',
				weight: 3
			},
			{
				title: 'Awareness raising',
				planned: [
					[0, '09-01'],
					[1, '03-31']
				],
				actual: [[0, '09-15'], null],
				status: 'in-progress',
				weight: 2
			},
			{
				title: 'Training',
				planned: [
					[1, '02-01'],
					[1, '11-30']
				],
				status: 'not-started',
				weight: 2
			}
		)
	}
];
