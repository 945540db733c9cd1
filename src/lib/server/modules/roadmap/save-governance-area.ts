import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { notFound } from '../../platform/errors';
import { parseInput, slug, text } from '../../platform/validation';
import { assertMember } from './governance-checks';
import { governanceAreasTable } from './governance-schema';
import { planTerritory } from './solution-target';

export const governanceAreaFields = z.object({
	title: text({ max: 200 }),
	/** A member of the territory; null while the post is vacant. */
	responsibleId: z.uuid({ message: 'plan_error_responsible' }).nullable().default(null)
});
export const saveGovernanceAreaInput = governanceAreaFields.extend({
	slug,
	areaId: z.uuid().optional()
});
export type SaveGovernanceAreaOptions = z.input<typeof saveGovernanceAreaInput>;
export type GovernanceAreaRow = typeof governanceAreasTable.$inferSelect;

/** Adds or edits a thematic area and names who is responsible for it (plan.govern). */
export async function saveGovernanceArea(
	ctx: UseCaseContext,
	input: SaveGovernanceAreaOptions
): Promise<GovernanceAreaRow> {
	const options = parseInput(saveGovernanceAreaInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.govern');
	const columns = { title: options.title, responsibleId: options.responsibleId };
	return ctx.db.transaction(async (tx) => {
		if (options.responsibleId) {
			await assertMember(tx, territory.id, options.responsibleId, 'responsibleId');
		}
		const now = clock(ctx);
		let before: GovernanceAreaRow | undefined;
		let area: GovernanceAreaRow | undefined;
		if (options.areaId) {
			[before] = await tx
				.select()
				.from(governanceAreasTable)
				.where(
					and(
						eq(governanceAreasTable.territoryId, territory.id),
						eq(governanceAreasTable.id, options.areaId)
					)
				);
			if (!before) {
				throw notFound();
			}
			[area] = await tx
				.update(governanceAreasTable)
				.set({ ...columns, updatedAt: now })
				.where(eq(governanceAreasTable.id, before.id))
				.returning();
		} else {
			const [last] = await tx
				.select({ position: max(governanceAreasTable.position) })
				.from(governanceAreasTable)
				.where(eq(governanceAreasTable.territoryId, territory.id));
			[area] = await tx
				.insert(governanceAreasTable)
				.values({
					territoryId: territory.id,
					...columns,
					position: (last?.position ?? -1) + 1,
					createdAt: now,
					updatedAt: now
				})
				.returning();
		}
		if (!area) {
			throw new Error('The governance area write returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: before ? 'roadmap.update-governance-area' : 'roadmap.create-governance-area',
				territoryId: territory.id,
				targetType: 'governance-area',
				targetId: area.id,
				summary: before ? diff(before, columns) : columns
			}
		);
		return area;
	});
}

/** Removes a thematic area; its solutions keep going without one (set null). */
export async function deleteGovernanceArea(
	ctx: UseCaseContext,
	input: { slug: string; areaId: string }
): Promise<void> {
	const { territory } = await planTerritory(ctx, input.slug, 'plan.govern');
	if (!z.uuid().safeParse(input.areaId).success) {
		throw notFound();
	}
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(governanceAreasTable)
			.where(
				and(
					eq(governanceAreasTable.territoryId, territory.id),
					eq(governanceAreasTable.id, input.areaId)
				)
			)
			.returning();
		if (!deleted) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-governance-area',
				territoryId: territory.id,
				targetType: 'governance-area',
				targetId: deleted.id,
				summary: { title: deleted.title }
			}
		);
	});
}
