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
