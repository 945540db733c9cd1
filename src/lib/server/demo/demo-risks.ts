import { and, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext, UserActor } from '../platform/actor';
import { usersTable } from '../modules/accounts/schema';
import { pilotActionsTable } from '../modules/roadmap/schema';
import { solutionsTable } from '../modules/roadmap/solution-schema';
import { acceptRisk } from '../modules/risks/accept-risk';
import { addRiskAction } from '../modules/risks/add-risk-action';
import { completeRiskAction } from '../modules/risks/complete-risk-action';
import { createRisk, type CreateRiskOptions } from '../modules/risks/create-risk';
import { startRiskContent } from '../modules/risks/content';
import type { RiskRow } from '../modules/risks/risk-target';
import { membershipsTable, territoriesTable } from '../modules/territories/schema';
import { demoSolutionTitles } from './demo-solution-titles';

type SolutionKey = keyof typeof demoSolutionTitles;

interface DemoRisk {
	risk: Omit<CreateRiskOptions, 'slug' | 'solutionId' | 'pilotActionId' | 'ownerId'>;
	actions: { description: string; dueOn: string; doneOn?: string }[];
	/** The rationale of the acceptance recorded for this risk, if it is accepted. */
	acceptance?: string;
}

/**
 * The main risks that Lille Metropole's ICC report names for its four solutions (seed 000):
 * lack of resources in the municipalities and weak buy-in (e-administration network),
 * weak buy-in (inclusive dialogue), interoperability (energy data tool) and lack of
 * interest in the issue (cybersecurity), mapped to the risk taxonomy; scores, treatments
 * and actions are the demo's.
 */
export const demoRisks: Record<SolutionKey, DemoRisk[]> = {
	eAdministration: [
		{
			risk: {
				taxonomyRiskId: 'financial-burden-lack-of-resources',
				description:
					'Small municipalities have neither the staff nor the budget to put the shared procedures in place.',
				likelihood: 4,
				impact: 4,
				treatment: 'reduce',
				residualLikelihood: 3,
				residualImpact: 3,
				reviewOn: '2026-06-30'
			},
			actions: [
				{
					description: 'Pool a project manager for the volunteer municipalities',
					dueOn: '2026-03-31',
					doneOn: '2026-03-20'
				},
				{ description: 'Ask for European and State funding for the rollout', dueOn: '2026-09-30' }
			]
		},
		{
			risk: {
				taxonomyRiskId: 'trust-weak-adhesion',
				description: 'Municipalities may wait and see rather than join the network.',
				likelihood: 3,
				impact: 4,
				treatment: 'reduce',
				reviewOn: '2026-06-30'
			},
			actions: [
				{
					description: 'Present the first procedures to the mayors’ conference',
					dueOn: '2026-05-15'
				}
			]
		}
	],
	inclusiveDialogue: [
		{
			risk: {
				taxonomyRiskId: 'trust-weak-adhesion',
				description: 'Residents and associations may not take part in the dialogue.',
				likelihood: 3,
				impact: 3,
				treatment: 'reduce'
			},
			actions: [
				{
					description: 'Hold sessions in neighbourhood centres, not only online',
					dueOn: '2026-10-31'
				}
			]
		},
		{
			risk: {
				taxonomyRiskId: 'digital-exclusion-no-alternative',
				description: 'An online-only consultation would leave out residents without internet.',
				likelihood: 2,
				impact: 4
			},
			actions: []
		}
	],
	energyData: [
		{
			risk: {
				taxonomyRiskId: 'data-reliability-interoperability',
				description:
					'Distribution operators, municipalities and the metropolis hold energy data in different formats.',
				likelihood: 4,
				impact: 3,
				treatment: 'reduce',
				residualLikelihood: 2,
				residualImpact: 2,
				reviewOn: '2026-12-15'
			},
			actions: [
				{
					description: 'Agree on an open exchange format with the distribution operators',
					dueOn: '2026-04-30',
					doneOn: '2026-04-22'
				}
			],
			acceptance:
				'With the shared open format agreed, what remains is occasional manual checks: acceptable.'
		},
		{
			risk: {
				taxonomyRiskId: 'privacy-security-data-breach',
				description: 'Consumption data of small buildings could identify households.',
				likelihood: 2,
				impact: 5,
				treatment: 'avoid',
				residualLikelihood: 1,
				residualImpact: 5
			},
			actions: [
				{ description: 'Publish consumption only above the privacy threshold', dueOn: '2026-06-30' }
			]
		}
	],
	cybersecurity: [
		{
			risk: {
				taxonomyRiskId: 'trust-lack-of-interest',
				description:
					'Elected officials and staff may see cybersecurity as a technical matter only.',
				likelihood: 4,
				impact: 4,
				treatment: 'reduce',
				reviewOn: '2026-09-30'
			},
			actions: [
				{
					description: 'Seek political support from the vice-president for digital',
					dueOn: '2026-02-28',
					doneOn: '2026-02-10'
				},
				{ description: 'Run awareness sessions in volunteer municipalities', dueOn: '2026-06-30' }
			]
		},
		{
			risk: {
				taxonomyRiskId: 'privacy-security-weak-skills',
				description: 'Few municipalities have someone trained to react to an incident.',
				likelihood: 4,
				impact: 5,
				treatment: 'reduce'
			},
			actions: [
				{
					description: 'Train one referent per municipality with the Campus Cyber',
					dueOn: '2027-03-31'
				}
			]
		}
	]
};

/** The demo pilot action that carries one risk, and that risk. */
const pilotRisk = {
	pilotTitle: 'Cybersecurity awareness sessions in volunteer municipalities',
	risk: {
		taxonomyRiskId: null,
		customTitle: 'Few staff attend the awareness sessions',
		macroChallengeId: 'trust',
		description: 'Sessions held during working hours compete with daily tasks.',
		likelihood: 3,
		impact: 3,
		treatment: 'reduce'
	} satisfies DemoRisk['risk']
};

/**
 * Writes the demo risks of the metropolis's four solutions (created before by the roadmap
 * demo) and of one pilot action, through the use cases; the metropolis's owner owns the
 * risks and records the acceptance. A missing solution is a clear error, not a silent gap.
 */
export async function seedDemoRisks(ctx: UseCaseContext, territoryId: string): Promise<RiskRow[]> {
	// Loaded once (the server has already): seeding from a test or a script needs it too.
	await startRiskContent();
	const [territory] = await ctx.db
		.select()
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	if (!territory) {
		throw new Error(`seedDemoRisks: no territory ${territoryId}`);
	}
	const slug = territory.slug;
	const titles = Object.values(demoSolutionTitles);
	const solutions = await ctx.db
		.select({ id: solutionsTable.id, title: solutionsTable.title })
		.from(solutionsTable)
		.where(and(eq(solutionsTable.territoryId, territoryId), inArray(solutionsTable.title, titles)));
	const approver = await ownerActor(ctx, territoryId);
	const approverCtx: UseCaseContext = { ...ctx, actor: approver };
	const created: RiskRow[] = [];
	for (const [key, risks] of Object.entries(demoRisks) as [SolutionKey, DemoRisk[]][]) {
		const solution = solutions.find((s) => s.title === demoSolutionTitles[key]);
		if (!solution) {
			throw new Error(
				`seedDemoRisks: the demo solution "${demoSolutionTitles[key]}" is missing in ${slug}; seed the roadmap (seedDemoPlan) first.`
			);
		}
		for (const demo of risks) {
			const risk = await createRisk(ctx, {
				...demo.risk,
				slug,
				solutionId: solution.id,
				ownerId: approver.userId
			});
			for (const action of demo.actions) {
				const added = await addRiskAction(ctx, { slug, riskId: risk.id, ...action });
				if (action.doneOn) {
					await completeRiskAction(ctx, {
						slug,
						riskId: risk.id,
						actionId: added.id,
						doneOn: action.doneOn
					});
				}
			}
			created.push(
				demo.acceptance
					? await acceptRisk(approverCtx, { slug, riskId: risk.id, rationale: demo.acceptance })
					: risk
			);
		}
	}
	const [pilot] = await ctx.db
		.select({ id: pilotActionsTable.id })
		.from(pilotActionsTable)
		.where(
			and(
				eq(pilotActionsTable.territoryId, territoryId),
				eq(pilotActionsTable.title, pilotRisk.pilotTitle)
			)
		);
	if (!pilot) {
		throw new Error(`seedDemoRisks: the demo pilot action "${pilotRisk.pilotTitle}" is missing.`);
	}
	created.push(
		await createRisk(ctx, {
			...pilotRisk.risk,
			slug,
			pilotActionId: pilot.id,
			ownerId: approver.userId
		})
	);
	return created;
}

/** The territory's first owner, as the person who decides the demo's acceptance. */
async function ownerActor(ctx: UseCaseContext, territoryId: string): Promise<UserActor> {
	const [owner] = await ctx.db
		.select({
			userId: usersTable.id,
			displayName: usersTable.displayName,
			email: usersTable.email,
			platformRole: usersTable.platformRole
		})
		.from(membershipsTable)
		.innerJoin(usersTable, eq(usersTable.id, membershipsTable.userId))
		.where(and(eq(membershipsTable.territoryId, territoryId), eq(membershipsTable.role, 'owner')))
		.orderBy(membershipsTable.createdAt)
		.limit(1);
	if (!owner) {
		throw new Error('seedDemoRisks: the territory has no owner to own and accept its risks.');
	}
	return { kind: 'user', ...owner };
}
