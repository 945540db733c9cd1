import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../../platform/actor';
import { canPlan } from '../../roadmap/plan-policy';
import { roadmapsTable, solutionsTable } from '../../roadmap/solution-schema';
import { planTerritory } from '../../roadmap/solution-target';
import type { TerritoryRow } from '../../territories/queries';
import { indicatorsTable } from '../schema';

export const getProgressPublicationInput = z.object({ slug: z.string() });

export interface ProgressPublication {
	territory: TerritoryRow;
	progressPagePublished: boolean;
	publishAssessmentLevels: boolean;
	/** What the page would show: published items over all items. */
	solutions: { published: number; total: number };
	indicators: { published: number; total: number };
	canGovern: boolean;
}

/** An indicator shows publicly only when its solution (if any) is published too. */
const shownPublicly = sql<boolean>`(${indicatorsTable.published} AND (${indicatorsTable.solutionId} IS NULL OR coalesce(${solutionsTable.published}, false)))`;

/** A territory's publication choices, for its members (`plan.view`), with what they cover. */
export async function getProgressPublication(
	ctx: UseCaseContext,
	input: z.input<typeof getProgressPublicationInput>
): Promise<ProgressPublication> {
	const options = getProgressPublicationInput.parse(input);
	const { territory, standing } = await planTerritory(ctx, options.slug, 'plan.view');
	const [[roadmap], solutions, indicators] = await Promise.all([
		ctx.db.select().from(roadmapsTable).where(eq(roadmapsTable.territoryId, territory.id)),
		ctx.db
			.select({ published: solutionsTable.published, total: count() })
			.from(solutionsTable)
			.where(eq(solutionsTable.territoryId, territory.id))
			.groupBy(solutionsTable.published),
		ctx.db
			.select({
				published: shownPublicly,
				total: count()
			})
			.from(indicatorsTable)
			.leftJoin(solutionsTable, eq(solutionsTable.id, indicatorsTable.solutionId))
			.where(eq(indicatorsTable.territoryId, territory.id))
			.groupBy(shownPublicly)
	]);
	return {
		territory,
		progressPagePublished: roadmap?.progressPagePublished ?? false,
		publishAssessmentLevels: roadmap?.publishAssessmentLevels ?? false,
		solutions: tally(solutions),
		indicators: tally(indicators),
		canGovern: canPlan(ctx.actor, 'plan.govern', standing)
	};
}

function tally(rows: readonly { published: unknown; total: number }[]): {
	published: number;
	total: number;
} {
	return rows.reduce<{ published: number; total: number }>(
		(sums, row) => ({
			published: sums.published + (row.published === true ? row.total : 0),
			total: sums.total + row.total
		}),
		{ published: 0, total: 0 }
	);
}
