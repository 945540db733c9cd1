import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../../platform/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import { parseInput, slug } from '../../../platform/validation';
import { roadmapsTable } from '../../roadmap/solution-schema';
import { planTerritory } from '../../roadmap/solution-target';

/** The form's fields; an unticked checkbox sends nothing, hence the defaults. */
export const progressPublicationFields = z.object({
	progressPagePublished: z.union([z.boolean(), z.stringbool()]).default(false),
	publishAssessmentLevels: z.union([z.boolean(), z.stringbool()]).default(false)
});

export const setProgressPublicationInput = progressPublicationFields.extend({ slug });
export type SetProgressPublicationInput = z.input<typeof setProgressPublicationInput>;

/**
 * Opens or closes a territory's public progress page, and chooses whether it shows the
 * assessment levels. Which solutions and indicators it shows is each one's own
 * `published` flag. Editors and owners decide (`plan.govern`).
 */
export async function setProgressPublication(
	ctx: UseCaseContext,
	input: SetProgressPublicationInput
): Promise<{ progressPagePublished: boolean; publishAssessmentLevels: boolean }> {
	const options = parseInput(setProgressPublicationInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.govern');
	const now = clock(ctx);
	const updatedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	const values = {
		progressPagePublished: options.progressPagePublished,
		publishAssessmentLevels: options.publishAssessmentLevels
	};
	return ctx.db.transaction(async (tx) => {
		await tx
			.insert(roadmapsTable)
			.values({ territoryId: territory.id, ...values, updatedBy, updatedAt: now })
			.onConflictDoUpdate({
				target: roadmapsTable.territoryId,
				set: {
					...values,
					updatedBy,
					updatedAt: now,
					version: sql`${roadmapsTable.version} + 1`
				}
			});
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.set-progress-publication',
				territoryId: territory.id,
				targetType: 'territory',
				targetId: territory.id,
				summary: values
			}
		);
		return values;
	});
}
