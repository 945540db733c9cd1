import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { conflict } from '../../platform/errors';
import { parseInput, slug, text } from '../../platform/validation';
import { roadmapsTable } from './solution-schema';
import { planTerritory } from './solution-target';

export const roadmapVisionFields = z.object({
	vision: text({ min: 0, max: 4_000 }).default(''),
	thematicTrack: text({ min: 0, max: 500 }).default(''),
	/** The version read, or 0 when the roadmap had never been saved. */
	version: z.number().int().min(0)
});
export const saveRoadmapVisionInput = roadmapVisionFields.extend({ slug });
export type SaveRoadmapVisionOptions = z.input<typeof saveRoadmapVisionInput>;
export type RoadmapRow = typeof roadmapsTable.$inferSelect;

/**
 * Writes a roadmap's vision and main thematic track; the `roadmaps` row is created on the
 * first save. A stale version (someone saved since) writes nothing: 409.
 */
export async function saveRoadmapVision(
	ctx: UseCaseContext,
	input: SaveRoadmapVisionOptions
): Promise<RoadmapRow> {
	const options = parseInput(saveRoadmapVisionInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.edit');
	const updatedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	const columns = { vision: options.vision, thematicTrack: options.thematicTrack };
	return ctx.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(roadmapsTable)
			.where(eq(roadmapsTable.territoryId, territory.id))
			.for('update');
		if ((before?.version ?? 0) !== options.version) {
			throw conflict('plan_error_conflict');
		}
		const now = clock(ctx);
		const [roadmap] = before
			? await tx
					.update(roadmapsTable)
					.set({ ...columns, version: before.version + 1, updatedBy, updatedAt: now })
					.where(eq(roadmapsTable.territoryId, territory.id))
					.returning()
			: await tx
					.insert(roadmapsTable)
					.values({ territoryId: territory.id, ...columns, updatedBy, updatedAt: now })
					.returning();
		if (!roadmap) {
			throw new Error('The roadmap write returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.save-vision',
				territoryId: territory.id,
				targetType: 'roadmap',
				targetId: territory.id,
				summary: before ? diff(before, columns) : { created: true }
			}
		);
		return roadmap;
	});
}
