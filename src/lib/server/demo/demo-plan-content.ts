import { demoSolutionTitles } from './demo-solution-titles';

/**
 * The Métropole Européenne de Lille's ICC roadmap (seed 000, §4.5–4.7), in our own words.
 * Dates are [years after the plan's first year, 'MM-DD'] pairs: the report's roadmap ran
 * from 2021 (solution 2 was planned for Q4 2021 – Q1 2022, now history), and the demo moves
 * the whole plan to today's years, starting last year, so that it is neither all done nor
 * all to come, and actual dates stay in the past.
 */
export type DemoDate = [yearOffset: number, monthDay: string];

export interface DemoMilestone {
	title: string;
	planned: [DemoDate, DemoDate];
	/** Planned dates after the plan slipped (the baseline keeps the first ones). */
	replanned?: [DemoDate, DemoDate];
	actual?: [DemoDate, DemoDate | null];
	status: 'not-started' | 'in-progress' | 'done' | 'cancelled';
	weight: number;
}

export interface DemoSolution {
	title: string;
	visionLink: string;
	ambitions: string[];
	description: string;
	coreTeam: string;
	contributors: string;
	supportNeeded: string;
	timelineNote: string;
	area: number;
	stage: 'preparation' | 'ambition' | 'implementation' | 'review';
	status: 'planned' | 'in-progress' | 'on-hold' | 'done' | 'cancelled';
	period: [DemoDate, DemoDate];
	published: boolean;
	pilotTitle?: string;
	practiceSlug?: string;
	milestones: DemoMilestone[];
}

export const demoVision =
	'A metropolis where digital tools bring residents closer to their public services and to the decisions that concern them, built with the 95 municipalities, responsibly and without leaving anyone behind.';
export const demoThematicTrack = 'Valuing citizen participation and the digitalisation of services';

export const demoAmbitions = [
	{
		code: 'A1',
		title:
			'Understand the issues better, so as to help digital players build platforms and solutions',
		subObjectives:
			'Keep developing participatory approaches for residents, online and in person\nGo further on data governance to answer residents’ needs, such as accessible websites'
	},
	{
		code: 'A2',
		title: 'Strengthen the new digital strategy with a holistic, cross-cutting approach',
		subObjectives:
			'Give the metropolis a clear political and civic role, to avoid disconnection and mistrust\nBring in higher education and private companies\nRethink the strategy across services as new challenges arise\nAnswer urban challenges with digital innovation in the chosen themes\nSpeed up through interoperability'
	},
	{
		code: 'A3',
		title:
			'Support the professions and the ecosystem to work efficiently across services, and improve digital governance',
		subObjectives:
			'Bring the views of every directorate of the metropolis together\nPool digital tools for every municipality, not only the large ones'
	},
	{
		code: 'A4',
		title:
			'Move forward strategically and ethically, with social inclusion and a fair transition in mind',
		subObjectives:
			'Responsible, sober digital services\nCarry on the digital inclusion projects (digital third places, connected social centres, the inclusive digital hub) and start new ones such as a digital inclusion laboratory'
	}
];

/** The four thematic areas; the report names no one, so two posts stay vacant in the demo. */
export const demoAreas = [
	{ title: 'E-administration and digital public services', responsible: true },
	{ title: 'Citizen participation', responsible: true },
	{ title: 'Energy', responsible: false },
	{ title: 'Cybersecurity', responsible: false }
];

/** Made-up people for the demo's evaluation committee; none of them exists. */
export const demoExternalSeats = [
	{
		externalName: 'Amélie Roussel (made-up demo person)',
		organisation: 'A regional university (demo)',
		represents: 'Higher education and research'
	},
	{
		externalName: 'Hugo Delattre (made-up demo person)',
		organisation: 'A federation of residents’ councils (demo)',
		represents: 'Residents and community groups'
	}
];

export const demoMeetings = [
	{
		on: [0, '03-12'] as DemoDate,
		agenda: 'Adopt the roadmap and its four solution sheets; freeze the baseline.',
		minutes:
			'The committee adopted the four sheets and asked for a progress review every six months.'
	},
	{
		on: [0, '10-08'] as DemoDate,
		agenda: 'Six-month review: milestones late, risks, indicators.',
		minutes:
			'Steering of the e-administration network finished three weeks late; the cybersecurity diagnostic is done. The energy sheet stays unpublished until its governance is set.'
	},
	{
		on: [1, '11-17'] as DemoDate,
		agenda: 'Yearly review and the way forward.',
		minutes: ''
	}
];

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
