import { eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput, slug } from '../../platform/validation';
import type { SolutionRow } from './load-roadmap-plan';
import { solutionFields } from './solution-input';
import { checkSolutionLinks, solutionColumns, writeSolutionAmbitions } from './solution-links';
import { solutionsTable } from './solution-schema';
import { planTerritory } from './solution-target';

export const createSolutionInput = solutionFields.extend({ slug });
export type CreateSolutionOptions = z.input<typeof createSolutionInput>;

/** Adds a solution sheet at the end of a territory's roadmap, in one transaction. */
export async function createSolution(
	ctx: UseCaseContext,
	input: CreateSolutionOptions
): Promise<SolutionRow> {
	const options = parseInput(createSolutionInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.edit');
	const createdBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	return ctx.db.transaction(async (tx) => {
		await checkSolutionLinks(tx, territory.id, options);
		const [last] = await tx
			.select({ position: max(solutionsTable.position) })
			.from(solutionsTable)
			.where(eq(solutionsTable.territoryId, territory.id));
		const now = clock(ctx);
		const [solution] = await tx
			.insert(solutionsTable)
			.values({
				territoryId: territory.id,
				...solutionColumns(options),
				position: (last?.position ?? -1) + 1,
				createdBy,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!solution) {
			throw new Error('The solution insert returned no row.');
		}
		await writeSolutionAmbitions(tx, solution.id, options.ambitionIds);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.create-solution',
				territoryId: territory.id,
				targetType: 'solution',
				targetId: solution.id,
				summary: {
					title: solution.title,
					ambitions: options.ambitionIds.length,
					fromPilot: Boolean(options.pilotActionId),
					fromPractice: Boolean(options.practiceId)
				}
			}
		);
		return solution;
	});
}
