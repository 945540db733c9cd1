import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { reviewInput, type ReplicationReportData, type ReviewInput } from './contribution-input';
import {
	findContribution,
	parseContributionData,
	type ContributionRow
} from './contribution-queries';
import { notifyAuthor } from './notify-author';
import { assertCanContribution } from './policy';
import { publishPractice, publishReplication } from './publish-contribution';
import type { PracticeDraft } from './practice-record';
import { contributionsTable, reviewsTable } from './schema';
import { rubricCriteria, rubricPublishMinimum, type ReviewScores } from './types';

const statusAfter = {
	publish: 'published',
	'request-changes': 'changes-requested',
	reject: 'rejected'
} as const;

/** Publication needs every criterion scored and commented, none below the minimum. */
function rubricProblems(scores: Partial<ReviewScores>): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const criterion of rubricCriteria) {
		const entry = scores[criterion];
		if (!entry) {
			problems[`scores.${criterion}.score`] = 'catalogue_error_rubric_required';
		} else if (entry.score < rubricPublishMinimum) {
			problems[`scores.${criterion}.score`] = 'catalogue_error_rubric_minimum';
		}
	}
	return problems;
}

/**
 * A moderator's decision on a contribution, against the published rubric. Publishing
 * applies it to the catalogue (a new practice, a new version of one, or a replication
 * report) in the same transaction; every decision is mailed to the author.
 */
export async function reviewContribution(
	ctx: UseCaseContext,
	input: ReviewInput,
	requestOrigin?: string
): Promise<ContributionRow> {
	const options = parseInput(reviewInput, input);
	return ctx.db.transaction(async (tx) => {
		const { contribution, user } = assertCanContribution(
			ctx.actor,
			await findContribution(tx, options.contributionId, true),
			'review'
		);
		const scores = options.scores as Partial<ReviewScores>;
		if (options.decision === 'publish') {
			const problems = rubricProblems(scores);
			if (contribution.kind === 'practice' && !options.evidenceLevel) {
				problems.evidenceLevel = 'validation_required';
			}
			if (Object.keys(problems).length > 0) {
				throw invalid(problems, 'catalogue_error_rubric');
			}
		}
		const [review] = await tx
			.insert(reviewsTable)
			.values({
				contributionId: contribution.id,
				reviewerId: user.userId,
				reviewerName: user.displayName,
				scores: scores as ReviewScores,
				decision: options.decision,
				evidenceLevel: options.evidenceLevel ?? null,
				comment: options.comment
			})
			.returning();
		if (!review) {
			throw new Error('recording a review returned nothing');
		}
		let practiceId = contribution.practiceId;
		if (options.decision === 'publish') {
			// Checked again: the data was valid when saved, but vocabularies may have changed.
			const data = parseContributionData(contribution.kind, contribution.data);
			if (contribution.kind === 'practice') {
				const practice = await publishPractice(tx, contribution, data as PracticeDraft, {
					id: review.id,
					evidenceLevel: options.evidenceLevel ?? 'self-declared'
				});
				practiceId = practice.id;
			} else {
				await publishReplication(tx, contribution, data as ReplicationReportData, review.id);
			}
		}
		const [row] = await tx
			.update(contributionsTable)
			.set({
				status: statusAfter[options.decision],
				reviewerId: user.userId,
				practiceId,
				updatedAt: new Date()
			})
			.where(eq(contributionsTable.id, contribution.id))
			.returning();
		if (!row) {
			throw new Error('recording a decision updated nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'catalogue.review-contribution',
				targetType: 'contribution',
				targetId: row.id,
				territoryId: row.territoryId,
				summary: {
					kind: row.kind,
					decision: options.decision,
					evidenceLevel: options.evidenceLevel
				}
			}
		);
		await notifyAuthor({ ...ctx, db: tx }, row, options.decision, options.comment, requestOrigin);
		return row;
	});
}
