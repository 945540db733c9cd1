import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid, unauthenticated } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { contributorInput, kindInput } from './contribution-input';
import {
	contributorColumns,
	parseContributionData,
	practiceBySlugOrNotFound,
	type ContributionRow
} from './contribution-queries';
import { contributionsTable } from './schema';

export const createContributionInput = z.object({
	kind: kindInput,
	/** The practice edited (kind `practice`) or replicated (kind `replication`). */
	practice: slug.optional(),
	contributor: contributorInput,
	data: z.unknown(),
	/** Send it to review now rather than keep it as a draft. */
	submit: z.boolean().default(false)
});
/** `contributor` is checked by the schema; forms pass what was typed. */
export type CreateContributionInput = Omit<
	z.input<typeof createContributionInput>,
	'contributor'
> & {
	contributor: Record<string, string | undefined>;
};

/**
 * "Share your experience": any signed-in person proposes a new practice, an edit of a
 * published one, or — for a territory they contribute to — a replication report. Nothing
 * is published until a moderator reviews it.
 */
export async function createContribution(
	ctx: UseCaseContext,
	input: CreateContributionInput
): Promise<ContributionRow> {
	if (ctx.actor.kind !== 'user') {
		throw unauthenticated();
	}
	const actor = ctx.actor;
	const options = parseInput(createContributionInput, input);
	if (options.kind === 'replication' && options.contributor.speakingFor !== 'territory') {
		throw invalid({ speakingFor: 'catalogue_error_replication_territory' });
	}
	const practice = options.practice
		? await practiceBySlugOrNotFound(ctx.db, options.practice)
		: null;
	if (options.kind === 'replication' && !practice) {
		throw invalid({ practice: 'validation_required' });
	}
	const data = parseContributionData(options.kind, options.data);
	return ctx.db.transaction(async (tx) => {
		const { territory: _territory, ...contributor } = await contributorColumns(
			tx,
			actor,
			options.contributor
		);
		const now = new Date();
		const [row] = await tx
			.insert(contributionsTable)
			.values({
				kind: options.kind,
				practiceId: practice?.id ?? null,
				authorId: actor.userId,
				authorName: actor.displayName,
				...contributor,
				status: options.submit ? 'submitted' : 'draft',
				data,
				submittedAt: options.submit ? now : null
			})
			.returning();
		if (!row) {
			throw new Error('inserting a contribution returned nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'catalogue.create-contribution',
				targetType: 'contribution',
				targetId: row.id,
				territoryId: row.territoryId,
				summary: { kind: row.kind, status: row.status, practice: practice?.slug ?? null }
			}
		);
		return row;
	});
}
