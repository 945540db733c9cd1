import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { unauthenticated } from '../../platform/errors';
import { assertCanContribution, isModerator } from './policy';
import { findContribution, type ContributionRow, type PracticeRow } from './contribution-queries';
import { contributionsTable, practicesTable, reviewsTable } from './schema';
import { forbidden } from '../../platform/errors';
import { territoriesTable } from '../territories/schema';

export type ReviewRow = typeof reviewsTable.$inferSelect;

/** The signed-in person's contributions, newest change first. */
export async function listMyContributions(ctx: UseCaseContext): Promise<ContributionRow[]> {
	if (ctx.actor.kind !== 'user') {
		throw unauthenticated();
	}
	return ctx.db
		.select()
		.from(contributionsTable)
		.where(eq(contributionsTable.authorId, ctx.actor.userId))
		.orderBy(desc(contributionsTable.updatedAt))
		.limit(200);
}

/** What moderators have to review (not their own): submitted and in review, oldest first. */
export async function listReviewQueue(ctx: UseCaseContext): Promise<ContributionRow[]> {
	if (ctx.actor.kind !== 'user') {
		throw unauthenticated();
	}
	if (!isModerator(ctx.actor)) {
		throw forbidden();
	}
	return ctx.db
		.select()
		.from(contributionsTable)
		.where(
			and(
				inArray(contributionsTable.status, ['submitted', 'in-review']),
				or(isNull(contributionsTable.authorId), ne(contributionsTable.authorId, ctx.actor.userId))
			)
		)
		.orderBy(asc(contributionsTable.submittedAt))
		.limit(200);
}

export interface ContributionView {
	contribution: ContributionRow;
	/** The practice edited or replicated, as published now. */
	practice: PracticeRow | null;
	/** The territory the contribution speaks for, if any. */
	territory: { slug: string; name: string } | null;
	reviews: ReviewRow[];
}

/** One contribution with its review history, for its author or a moderator. */
export async function getContribution(
	ctx: UseCaseContext,
	input: { id: string }
): Promise<ContributionView> {
	const { contribution } = assertCanContribution(
		ctx.actor,
		await findContribution(ctx.db, input.id),
		'view'
	);
	const [practice] = contribution.practiceId
		? await ctx.db
				.select()
				.from(practicesTable)
				.where(eq(practicesTable.id, contribution.practiceId))
		: [];
	const reviews = await ctx.db
		.select()
		.from(reviewsTable)
		.where(eq(reviewsTable.contributionId, contribution.id))
		.orderBy(desc(reviewsTable.createdAt));
	const [territory] = contribution.territoryId
		? await ctx.db
				.select({ slug: territoriesTable.slug, name: territoriesTable.name })
				.from(territoriesTable)
				.where(eq(territoriesTable.id, contribution.territoryId))
		: [];
	return { contribution, practice: practice ?? null, territory: territory ?? null, reviews };
}
