import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, invalid } from '../../platform/errors';
import { parseInput, uuid } from '../../platform/validation';
import { contributorInput } from './contribution-input';
import {
	contributorColumns,
	findContribution,
	parseContributionData,
	type ContributionRow
} from './contribution-queries';
import { assertCanContribution } from './policy';
import { contributionsTable } from './schema';

export const updateContributionInput = z.object({
	id: uuid,
	/**
	 * The version the author started from; a newer one means a save from another tab or
	 * person happened meanwhile (checked under the row lock, so two saves cannot both pass).
	 */
	baseVersion: z.coerce.number().int().min(1),
	contributor: contributorInput,
	data: z.unknown(),
	submit: z.boolean().default(false)
});
/** `contributor` is checked by the schema; forms pass what was typed. */
export type UpdateContributionInput = Omit<
	z.input<typeof updateContributionInput>,
	'contributor'
> & {
	contributor: Record<string, string | undefined>;
};

/** The author changes a draft, or answers a request for changes, and may submit it. */
export async function updateContribution(
	ctx: UseCaseContext,
	input: UpdateContributionInput
): Promise<ContributionRow> {
	const options = parseInput(updateContributionInput, input);
	return ctx.db.transaction(async (tx) => {
		const { contribution: existing } = assertCanContribution(
			ctx.actor,
			await findContribution(tx, options.id, true),
			options.submit ? 'submit' : 'edit'
		);
		if (existing.version !== options.baseVersion) {
			throw conflict('catalogue_error_stale');
		}
		const data = parseContributionData(existing.kind, options.data);
		if (existing.kind === 'replication' && options.contributor.speakingFor !== 'territory') {
			// A bad field, as in createContribution: 400, not a conflict with another save.
			throw invalid({ speakingFor: 'catalogue_error_replication_territory' });
		}
		const { territory: _territory, ...contributor } = await contributorColumns(
			tx,
			ctx.actor,
			options.contributor
		);
		const now = new Date();
		const [row] = await tx
			.update(contributionsTable)
			.set({
				...contributor,
				data,
				version: existing.version + 1,
				updatedAt: now,
				...(options.submit ? { status: 'submitted' as const, submittedAt: now } : {})
			})
			.where(eq(contributionsTable.id, existing.id))
			.returning();
		if (!row) {
			throw new Error('updating a contribution returned nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'catalogue.update-contribution',
				targetType: 'contribution',
				targetId: row.id,
				territoryId: row.territoryId,
				summary: { status: row.status, version: row.version }
			}
		);
		return row;
	});
}
