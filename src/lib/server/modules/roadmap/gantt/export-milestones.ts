import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../../platform/actor';
import { locales } from '$lib/paraglide/runtime';
import type { Locale } from '../../../platform/i18n/messages';
import { parseInput } from '../../../platform/validation';
import { usersTable } from '../../accounts/schema';
import { loadRoadmapPlan } from '../load-roadmap-plan';
import { planTerritory } from '../solution-target';
import { writeMilestonesCsv } from './milestones-csv';
import { writeMilestonesIcs } from './milestones-ics';

export const exportMilestonesInput = z.object({
	// An address: a malformed slug is not found (planTerritory), not a 400.
	slug: z.string(),
	format: z.enum(['csv', 'ics']),
	lang: z.enum(locales).optional()
});
export type ExportMilestonesInput = z.input<typeof exportMilestonesInput>;

export interface ExportedFile {
	fileName: string;
	contentType: string;
	body: string;
}

/**
 * The roadmap's milestones as a file (members): the CSV the import reads, or an
 * iCalendar file of their planned dates.
 */
export async function exportMilestones(
	ctx: UseCaseContext,
	input: ExportMilestonesInput
): Promise<ExportedFile> {
	const options = parseInput(exportMilestonesInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.view');
	const plan = await loadRoadmapPlan(ctx.db, territory.id);
	if (options.format === 'ics') {
		const locale: Locale = options.lang ?? 'en';
		return {
			fileName: `milestones-${territory.slug}.ics`,
			contentType: 'text/calendar; charset=utf-8',
			body: writeMilestonesIcs({
				territoryName: territory.name,
				solutions: plan.solutions,
				locale,
				now: clock(ctx)
			})
		};
	}
	const responsibleIds = [
		...new Set(
			plan.solutions.flatMap((s) =>
				s.milestones.map((m) => m.responsibleId).filter((id) => id !== null)
			)
		)
	];
	const emails =
		responsibleIds.length === 0
			? []
			: await ctx.db
					.select({ id: usersTable.id, email: usersTable.email })
					.from(usersTable)
					.where(inArray(usersTable.id, responsibleIds));
	const emailOf = new Map(emails.map((row) => [row.id, row.email]));
	const titleOf = new Map(plan.solutions.flatMap((s) => s.milestones.map((m) => [m.id, m.title])));
	return {
		fileName: `milestones-${territory.slug}.csv`,
		contentType: 'text/csv; charset=utf-8',
		body: writeMilestonesCsv(
			plan.solutions.flatMap((solution) =>
				solution.milestones.map((m) => ({
					solution: solution.title,
					title: m.title,
					plannedStart: m.plannedStart,
					plannedEnd: m.plannedEnd,
					actualStart: m.actualStart,
					actualEnd: m.actualEnd,
					status: m.status,
					weight: m.weight,
					responsible: m.responsibleId ? (emailOf.get(m.responsibleId) ?? null) : null,
					dependsOn: m.dependsOn.map((id) => titleOf.get(id) ?? '').filter(Boolean)
				}))
			)
		)
	};
}
