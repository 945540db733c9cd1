import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { slug } from '../../../platform/validation';
import { contentLocales } from '../../guide/content-schema';
import { loadRoadmapPlan, type PlanSolution } from '../../roadmap/load-roadmap-plan';
import { roadmapsTable } from '../../roadmap/solution-schema';
import { findTerritoryBySlug, type TerritoryRow } from '../../territories/queries';
import { publishedAssessments, type PublishedAssessment } from './published-assessments';
import { publishedIndicators, type PublishedIndicator } from './published-indicators';

export const getAccountabilityInput = z.object({
	slug: z.string(),
	locale: z.enum(contentLocales).default('en')
});
export type GetAccountabilityInput = z.input<typeof getAccountabilityInput>;

export interface Accountability {
	territory: TerritoryRow;
	/** The latest change among everything the page shows. */
	updatedAt: Date;
	progress: number | null;
	solutions: PlanSolution[];
	indicators: PublishedIndicator[];
	/** Null when the territory does not publish its assessment levels. */
	assessments: PublishedAssessment[] | null;
}

/**
 * What a territory chose to publish on its progress page, for anyone, signed in or not.
 * Until the territory publishes the page, it does not exist (404) — not even its name
 * leaks. Inside it, only published solutions and published indicators show.
 */
export async function getAccountability(
	ctx: UseCaseContext,
	input: GetAccountabilityInput
): Promise<Accountability> {
	const options = getAccountabilityInput.parse(input);
	if (!slug.safeParse(options.slug).success) {
		throw notFound();
	}
	const territory = await findTerritoryBySlug(ctx.db, options.slug);
	if (!territory) {
		throw notFound();
	}
	const [roadmap] = await ctx.db
		.select()
		.from(roadmapsTable)
		.where(eq(roadmapsTable.territoryId, territory.id));
	if (!roadmap?.progressPagePublished) {
		throw notFound();
	}
	const [plan, indicators, assessments] = await Promise.all([
		loadRoadmapPlan(ctx.db, territory.id, { publishedOnly: true }),
		publishedIndicators(ctx.db, territory.id),
		roadmap.publishAssessmentLevels
			? publishedAssessments(ctx.db, territory.id, options.locale)
			: Promise.resolve(null)
	]);
	return {
		territory,
		updatedAt: latestOf([
			roadmap.updatedAt,
			...plan.solutions.flatMap((s) => [s.updatedAt, ...s.milestones.map((m) => m.updatedAt)]),
			...indicators.flatMap((i) => (i.latest ? [i.updatedAt, i.latest.enteredAt] : [i.updatedAt]))
		]),
		progress: plan.progress,
		solutions: plan.solutions,
		indicators,
		assessments
	};
}

function latestOf(dates: readonly Date[]): Date {
	return dates.reduce((latest, date) => (date > latest ? date : latest));
}
