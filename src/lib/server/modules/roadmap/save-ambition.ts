import { and, eq, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { invalid, notFound } from '../../platform/errors';
import { parseInput, slug, text } from '../../platform/validation';
import { ambitionsTable } from './solution-schema';
import { planTerritory } from './solution-target';

export const ambitionFields = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9.-]{1,12}$/, { message: 'plan_error_ambition_code' }),
	title: text({ max: 500 }),
	subObjectives: text({ min: 0, max: 4_000 }).default('')
});
export const saveAmbitionInput = ambitionFields.extend({
	slug,
	/** Absent for a new ambition. */
	ambitionId: z.uuid().optional()
});
export type SaveAmbitionOptions = z.input<typeof saveAmbitionInput>;
export type AmbitionRow = typeof ambitionsTable.$inferSelect;

/** Adds or edits an ambition statement; codes (A1, A2…) are unique in the territory. */
export async function saveAmbition(
	ctx: UseCaseContext,
	input: SaveAmbitionOptions
): Promise<AmbitionRow> {
	const options = parseInput(saveAmbitionInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.edit');
	const columns = {
		code: options.code.toUpperCase(),
		title: options.title,
		subObjectives: options.subObjectives
	};
	return ctx.db.transaction(async (tx) => {
		const clash = await tx
			.select({ id: ambitionsTable.id })
			.from(ambitionsTable)
			.where(
				and(
					eq(ambitionsTable.territoryId, territory.id),
					eq(ambitionsTable.code, columns.code),
					options.ambitionId ? ne(ambitionsTable.id, options.ambitionId) : undefined
				)
			);
		if (clash.length > 0) {
			throw invalid({ code: 'plan_error_ambition_code_taken' });
		}
		const now = clock(ctx);
		let before: AmbitionRow | undefined;
		let ambition: AmbitionRow | undefined;
		if (options.ambitionId) {
			[before] = await tx
				.select()
				.from(ambitionsTable)
				.where(
					and(
						eq(ambitionsTable.territoryId, territory.id),
						eq(ambitionsTable.id, options.ambitionId)
					)
				);
			if (!before) {
				throw notFound();
			}
			[ambition] = await tx
				.update(ambitionsTable)
				.set({ ...columns, updatedAt: now })
				.where(eq(ambitionsTable.id, before.id))
				.returning();
		} else {
			const [last] = await tx
				.select({ position: max(ambitionsTable.position) })
				.from(ambitionsTable)
				.where(eq(ambitionsTable.territoryId, territory.id));
			[ambition] = await tx
				.insert(ambitionsTable)
				.values({
					territoryId: territory.id,
					...columns,
					position: (last?.position ?? -1) + 1,
					createdAt: now,
					updatedAt: now
				})
				.returning();
		}
		if (!ambition) {
			throw new Error('The ambition write returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: before ? 'roadmap.update-ambition' : 'roadmap.create-ambition',
				territoryId: territory.id,
				targetType: 'ambition',
				targetId: ambition.id,
				summary: before ? diff(before, columns) : { code: ambition.code, title: ambition.title }
			}
		);
		return ambition;
	});
}

/** Deletes an ambition statement; solutions simply stop serving it. */
export async function deleteAmbition(
	ctx: UseCaseContext,
	input: { slug: string; ambitionId: string }
): Promise<void> {
	const { territory } = await planTerritory(ctx, input.slug, 'plan.delete');
	if (!z.uuid().safeParse(input.ambitionId).success) {
		throw notFound();
	}
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(ambitionsTable)
			.where(
				and(eq(ambitionsTable.territoryId, territory.id), eq(ambitionsTable.id, input.ambitionId))
			)
			.returning();
		if (!deleted) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-ambition',
				territoryId: territory.id,
				targetType: 'ambition',
				targetId: deleted.id,
				summary: { code: deleted.code, title: deleted.title }
			}
		);
	});
}
