import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../platform/actor';
import { createStakeholder } from '../modules/ecosystem/create-stakeholder';
import type { StakeholderFields } from '../modules/ecosystem/stakeholder-fields';
import { territoriesTable } from '../modules/territories/schema';

type DemoStakeholder = Pick<StakeholderFields, 'name' | 'category' | 'influence' | 'interest'> &
	Partial<StakeholderFields>;

/**
 * Lille Metropole's ecosystem as the ICC report (seed 000, "The city's ecosystem") names
 * it: only organisations the report names, in the category it lists them under. The
 * scores are the demo's reading of the report, not the metropolis's own:
 * - the three "privileged supports" (French Tech Lille, the CITC, Sciences Po Lille) are
 *   the most interested; French Tech Lille, "a direct link with the various digital
 *   players", and the CITC, the metropolis's cybersecurity expertise, the most influential;
 * - the region and the chamber of commerce are public institutions with weight but no
 *   stated commitment to the programme (interest 3);
 * - universities and research are "a real strike force … insufficiently mobilised"
 *   (influence 4 for the university network, interest 3);
 * - NGOs and start-ups are listed partners with little say (influence 2) but a stake in
 *   inclusive services and a "dynamic start-ups network" (interest 4).
 * Gains, resources and commitments use only what the report or the guide (seed 002) says
 * of such actors: research brings knowledge and people, start-ups technical skills,
 * NGOs are relays to the population, Hello Lille is a label (visibility).
 */
export const demoStakeholders: DemoStakeholder[] = [
	{
		name: 'French Tech Lille',
		category: 'innovation-agencies',
		influence: 5,
		interest: 5,
		commitments: ['partnerships'],
		notes:
			'A privileged support of the ICC programme: an ecosystem labelled by the French government that links the metropolis directly with the digital players of the region.'
	},
	{
		name: 'CITC',
		category: 'innovation-agencies',
		influence: 4,
		interest: 5,
		resources: ['technical'],
		resourceNote: 'Technical and strategic expertise on cybersecurity.',
		notes:
			'Innovation Centre for Contactless Technologies, recognised as a Digital Innovation Hub; a privileged support of the ICC programme.'
	},
	{
		name: 'Sciences Po Lille',
		category: 'universities',
		influence: 3,
		interest: 5,
		gains: ['knowledge'],
		resources: ['human'],
		notes:
			'Institute of Political Studies of Lille, a grande école in social and political sciences, international relations and economics; a privileged support of the ICC programme.'
	},
	{
		name: 'Université de Lille',
		category: 'universities',
		influence: 4,
		interest: 3,
		gains: ['knowledge'],
		resources: ['human', 'data'],
		notes:
			'Part of a very dense university and academic network, described as a strike force for research that the local private sector mobilises too little.'
	},
	{
		name: 'Inria Nord Europe',
		category: 'research',
		influence: 3,
		interest: 3,
		gains: ['knowledge'],
		resources: ['technical', 'human'],
		notes: 'Listed among the academic and research bodies of the ecosystem.'
	},
	{
		name: 'Euratechnologies',
		category: 'innovation-agencies',
		influence: 4,
		interest: 4,
		notes: 'Listed among the innovation agencies, incubators and accelerators of the ecosystem.'
	},
	{
		name: 'Hello Lille',
		category: 'innovation-agencies',
		influence: 3,
		interest: 3,
		commitments: ['visibility'],
		notes: 'A label for the attractiveness of the area, counted among its transformation resources.'
	},
	{
		name: 'Hauts-de-France region',
		category: 'public-institutions',
		influence: 5,
		interest: 3,
		notes: 'Listed among the public institutions of the ecosystem.'
	},
	{
		name: 'Greater Lille Chamber of Commerce and Industry',
		category: 'public-institutions',
		influence: 4,
		interest: 3,
		notes: 'Listed among the public institutions of the ecosystem.'
	},
	{
		name: 'Emmaus Connect',
		category: 'ngos',
		influence: 2,
		interest: 4,
		gains: ['social-cause'],
		resources: ['human'],
		notes: 'Listed among the NGOs and social economy players of the ecosystem.'
	},
	{
		name: 'Centres sociaux connectés',
		category: 'ngos',
		influence: 2,
		interest: 4,
		gains: ['social-cause'],
		resources: ['human'],
		notes: 'Listed among the NGOs and social economy players of the ecosystem.'
	},
	{
		name: 'Citymagine',
		category: 'digital-start-ups',
		influence: 2,
		interest: 4,
		gains: ['profit'],
		resources: ['technical'],
		notes: 'One of the start-ups the report lists in the ecosystem.'
	}
];

/** Adds Lille Metropole's stakeholders through the use case, as the system. */
export async function seedDemoEcosystem(ctx: UseCaseContext, territoryId: string): Promise<void> {
	const [territory] = await ctx.db
		.select({ slug: territoriesTable.slug })
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	if (!territory) {
		throw new Error(`seedDemoEcosystem: no territory ${territoryId}`);
	}
	for (const stakeholder of demoStakeholders) {
		await createStakeholder(ctx, { ...stakeholder, slug: territory.slug });
	}
}
