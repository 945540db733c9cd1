import { and, eq } from 'drizzle-orm';
import { clock, type Actor, type UseCaseContext } from '../platform/actor';
import { practicesTable } from '../modules/catalogue/schema';
import { createMilestone } from '../modules/roadmap/create-milestone';
import { createSolution } from '../modules/roadmap/create-solution';
import { freezeBaseline } from '../modules/roadmap/freeze-baseline';
import type { MilestoneRow } from '../modules/roadmap/load-roadmap-plan';
import { saveAmbition } from '../modules/roadmap/save-ambition';
import { addCommitteeSeat, saveCommitteeMeeting } from '../modules/roadmap/save-committee';
import { saveGovernanceArea } from '../modules/roadmap/save-governance-area';
import { saveRoadmapVision } from '../modules/roadmap/save-roadmap-vision';
import { pilotActionsTable } from '../modules/roadmap/schema';
import { updateMilestone } from '../modules/roadmap/update-milestone';
import { territoriesTable } from '../modules/territories/schema';
import {
	demoAmbitions,
	demoAreas,
	demoExternalSeats,
	demoMeetings,
	demoThematicTrack,
	demoVision,
	type DemoDate,
	type DemoMilestone,
	type DemoSolution
} from './demo-plan-content';
import { demoSolutions } from './demo-plan-solutions';

/** The demo member named responsible and seated on the committee. */
export const demoPlanOwnerEmail = 'owner@demo.territoria.test';

/**
 * The Métropole Européenne de Lille's roadmap, written through the use cases: vision,
 * ambitions A1–A4, four thematic areas, an evaluation committee, and the four ICC
 * solutions with their milestones in order. The baseline is frozen on the plan as first
 * drawn, then some milestones slip and actual dates are recorded, so the Gantt chart shows
 * planned, baseline and actual bars. The energy solution stays unpublished.
 */
export async function seedDemoPlan(
	ctx: UseCaseContext,
	territoryId: string,
	actors: ReadonlyMap<string, Actor> = new Map()
): Promise<void> {
	const [territory] = await ctx.db
		.select({ slug: territoriesTable.slug })
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	if (!territory) {
		throw new Error(`seedDemoPlan: no territory ${territoryId}`);
	}
	const slug = territory.slug;
	const owner = actors.get(demoPlanOwnerEmail);
	const ownerId = owner?.kind === 'user' ? owner.userId : null;
	// The plan's first year is last year, whatever year the demo is seeded in.
	const firstYear = clock(ctx).getUTCFullYear() - 1;
	const day = ([offset, monthDay]: DemoDate): string => `${firstYear + offset}-${monthDay}`;

	await saveRoadmapVision(ctx, {
		slug,
		vision: demoVision,
		thematicTrack: demoThematicTrack,
		version: 0
	});
	const ambitionIds = new Map<string, string>();
	for (const ambition of demoAmbitions) {
		ambitionIds.set(ambition.code, (await saveAmbition(ctx, { slug, ...ambition })).id);
	}
	const areaIds: string[] = [];
	for (const area of demoAreas) {
		const saved = await saveGovernanceArea(ctx, {
			slug,
			title: area.title,
			responsibleId: area.responsible ? ownerId : null
		});
		areaIds.push(saved.id);
	}
	if (ownerId) {
		await addCommitteeSeat(ctx, {
			slug,
			userId: ownerId,
			organisation: 'Métropole Européenne de Lille',
			represents: 'The metropolis’s digital strategy'
		});
	}
	for (const seat of demoExternalSeats) {
		await addCommitteeSeat(ctx, { slug, ...seat });
	}
	for (const meeting of demoMeetings) {
		await saveCommitteeMeeting(ctx, {
			slug,
			meetsOn: day(meeting.on),
			agenda: meeting.agenda,
			minutes: meeting.minutes
		});
	}
	for (const sheet of demoSolutions) {
		await seedSolution(ctx, { slug, territoryId, sheet, day, ambitionIds, areaIds, ownerId });
	}
}

async function seedSolution(
	ctx: UseCaseContext,
	options: {
		slug: string;
		territoryId: string;
		sheet: DemoSolution;
		day: (date: DemoDate) => string;
		ambitionIds: Map<string, string>;
		areaIds: string[];
		ownerId: string | null;
	}
): Promise<void> {
	const { slug, sheet, day } = options;
	const [pilot] = sheet.pilotTitle
		? await ctx.db
				.select({ id: pilotActionsTable.id })
				.from(pilotActionsTable)
				.where(
					and(
						eq(pilotActionsTable.territoryId, options.territoryId),
						eq(pilotActionsTable.title, sheet.pilotTitle)
					)
				)
		: [];
	const [practice] = sheet.practiceSlug
		? await ctx.db
				.select({ id: practicesTable.id })
				.from(practicesTable)
				.where(eq(practicesTable.slug, sheet.practiceSlug))
		: [];
	const solution = await createSolution(ctx, {
		slug,
		title: sheet.title,
		visionLink: sheet.visionLink,
		description: sheet.description,
		coreTeam: sheet.coreTeam,
		contributors: sheet.contributors,
		supportNeeded: sheet.supportNeeded,
		timelineNote: sheet.timelineNote,
		stage: sheet.stage,
		status: sheet.status,
		startsOn: day(sheet.period[0]),
		endsOn: day(sheet.period[1]),
		thematicAreaId: options.areaIds[sheet.area] ?? null,
		ambitionIds: sheet.ambitions.flatMap((code) => options.ambitionIds.get(code) ?? []),
		pilotActionId: pilot?.id ?? null,
		practiceId: practice?.id ?? null,
		published: sheet.published
	});
	const address = { slug, solutionId: solution.id };
	// First the plan as drawn, each step waiting for the previous one when it follows it.
	const created: { row: MilestoneRow; demo: DemoMilestone; dependsOn: string[] }[] = [];
	for (const demo of sheet.milestones) {
		const previous = created.at(-1);
		const dependsOn =
			previous && day(demo.planned[0]) >= previous.row.plannedEnd ? [previous.row.id] : [];
		const row = await createMilestone(ctx, {
			...address,
			title: demo.title,
			plannedStart: day(demo.planned[0]),
			plannedEnd: day(demo.planned[1]),
			weight: demo.weight,
			responsibleId: options.ownerId,
			dependsOn
		});
		created.push({ row, demo, dependsOn });
	}
	await freezeBaseline(ctx, address);
	// Then what happened since: slipped plans, actual dates, statuses.
	for (const { row, demo, dependsOn } of created) {
		if (!demo.replanned && !demo.actual && demo.status === 'not-started') {
			continue;
		}
		const planned = demo.replanned ?? demo.planned;
		await updateMilestone(ctx, {
			...address,
			milestoneId: row.id,
			version: row.version,
			title: demo.title,
			plannedStart: day(planned[0]),
			plannedEnd: day(planned[1]),
			actualStart: demo.actual ? day(demo.actual[0]) : null,
			actualEnd: demo.actual?.[1] ? day(demo.actual[1]) : null,
			status: demo.status,
			weight: demo.weight,
			responsibleId: options.ownerId,
			dependsOn
		});
	}
}
