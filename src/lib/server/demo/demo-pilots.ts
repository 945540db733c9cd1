import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../platform/actor';
import { changePilotStatus } from '../modules/roadmap/change-pilot-status';
import {
	createPilotAction,
	type CreatePilotActionOptions
} from '../modules/roadmap/create-pilot-action';
import type { PilotRow } from '../modules/roadmap/pilot-target';
import { territoriesTable } from '../modules/territories/schema';

type DemoPilot = Omit<CreatePilotActionOptions, 'slug'>;

/**
 * Pilot actions of the Métropole Européenne de Lille, drawn from its ICC roadmap (seed
 * 000): solution 4 (pooled cybersecurity: raise awareness, then train), solution 1 (the
 * e-administration network: "implementation of pilot projects in some municipalities"
 * before "provision of a tool to the municipalities") and solution 3 (the energy data
 * tool: an inventory of data and a network of volunteers). Their risks and support needed
 * are the report's. Each links the catalogue practice that describes the solution.
 */
export const demoPilots: DemoPilot[] = [
	{
		title: 'Cybersecurity awareness sessions in volunteer municipalities',
		summary:
			'Raise the awareness of municipal staff and elected members to the cybersecurity risk in a few volunteer municipalities, then train them, before pooling means across the metropolis.',
		areaLevel: 'district',
		areaName: 'Five volunteer municipalities of the metropolis',
		sectorLevel: 'service',
		sectorName: 'Information systems services, with the Campus Cyber (CITC)',
		amplitude: 'pilot-project',
		lever: 'communication',
		tool: 'Awareness workshops and a simulated phishing campaign',
		dataSteps: ['collect', 'analyse', 'share'],
		targetUsers: 'Staff and elected members of the volunteer municipalities',
		obstacles:
			'Lack of interest for the question (the main risk the roadmap names); little time for training in small municipalities.',
		scalingConditions:
			'Trainers and material pooled by the metropolis; a territorial diagnostic of each municipality; political support before offering the sessions to all 95 municipalities.',
		practiceSlugs: ['lille-cybersecurity-mutualisation']
	},
	{
		title: 'Shared e-administration procedures tried in some municipalities',
		summary:
			'Put a few online procedures on a technical network shared with the metropolis in some municipalities, before providing the tool to all of them.',
		areaLevel: 'district',
		areaName: 'Lille, Roubaix and Tourcoing',
		sectorLevel: 'service',
		sectorName: 'Relation to users service',
		amplitude: 'pilot-project',
		lever: 'dematerialisation',
		tool: 'Online procedures on the shared e-administration network',
		dataSteps: ['produce', 'store', 'share'],
		targetUsers: 'Residents carrying out procedures, and the municipal staff who handle them',
		obstacles: 'Lack of resources in the municipalities for the implementation; weak adhesion.',
		scalingConditions:
			'Interoperability between the metropolis and each municipality; human and financial resources, the support the roadmap asks for.',
		practiceSlugs: ['lille-e-administration-network']
	},
	{
		title: 'An inventory of energy data with a network of volunteers',
		summary:
			'Take stock of the energy consumption data available and gather volunteers who share theirs, as the first steps of the global energy data tool.',
		areaLevel: 'city',
		sectorLevel: 'service',
		sectorName: 'Energy and climate service, with the data service',
		amplitude: 'sector-niche',
		lever: 'service-app',
		tool: 'The energy data tool chosen after the benchmark of solutions',
		dataSteps: ['collect', 'store', 'process', 'analyse', 'share'],
		targetUsers: 'Citizens who volunteer, the metropolis services and elected representatives',
		obstacles:
			'Interoperability (the main risk the roadmap names); the privacy of households’ consumption.',
		scalingConditions:
			'Governance in place; coordination with the metropolitan public data service (SPMD); the capacity to store and update growing volumes of readings.',
		practiceSlugs: ['lille-energy-data-tool']
	}
];

/**
 * Creates the demo pilot actions in a territory through the use cases (so each is in the
 * audit trail) and moves the first one to testing. The caller wires it into the demo.
 */
export async function seedDemoPilots(
	ctx: UseCaseContext,
	territoryId: string
): Promise<PilotRow[]> {
	const [territory] = await ctx.db
		.select({ slug: territoriesTable.slug })
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	if (!territory) {
		throw new Error(`seedDemoPilots: no territory ${territoryId}`);
	}
	const pilots: PilotRow[] = [];
	for (const pilot of demoPilots) {
		pilots.push(await createPilotAction(ctx, { ...pilot, slug: territory.slug }));
	}
	const [first] = pilots;
	if (first) {
		pilots[0] = await changePilotStatus(ctx, {
			slug: territory.slug,
			pilotId: first.id,
			status: 'testing',
			lessons: '',
			version: first.version
		});
	}
	return pilots;
}
