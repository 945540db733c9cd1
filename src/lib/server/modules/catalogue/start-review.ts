import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict } from '../../platform/errors';
import { parseInput, uuid } from '../../platform/validation';
import { findContribution, type ContributionRow } from './contribution-queries';
import { assertCanContribution } from './policy';
import { contributionsTable } from './schema';

export const startReviewInput = z.object({ id: uuid });

/** A moderator takes a submitted contribution, so others see it is being reviewed. */
export async function startReview(
	ctx: UseCaseContext,
	input: z.input<typeof startReviewInput>
): Promise<ContributionRow> {
	const { id } = parseInput(startReviewInput, input);
	return ctx.db.transaction(async (tx) => {
		const { contribution, user } = assertCanContribution(
			ctx.actor,
			await findContribution(tx, id, true),
			'review'
		);
		if (contribution.status !== 'submitted') {
			throw conflict('catalogue_error_already_in_review');
		}
		const [row] = await tx
			.update(contributionsTable)
			.set({ status: 'in-review', reviewerId: user.userId, updatedAt: new Date() })
			.where(eq(contributionsTable.id, contribution.id))
			.returning();
		if (!row) {
			throw new Error('starting a review updated nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'catalogue.start-review',
				targetType: 'contribution',
				targetId: row.id,
				territoryId: row.territoryId,
				summary: { kind: row.kind }
			}
		);
		return row;
	});
}
