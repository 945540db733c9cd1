import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { assessmentContent } from '../../diagnose/content';
import { assessmentRoundsTable } from '../../diagnose/schema';

export interface PublishedAssessment {
	assessmentId: string;
	title: string;
	periodEnd: string;
	level: number | null;
	levelTitle: string | null;
	dimensions: { title: string; level: number | null }[];
}

/**
 * The levels of the territory's latest closed round of each assessment — levels only,
 * never respondents, answers or scores, which stay with the territory's members.
 */
export async function publishedAssessments(
	db: DbOrTx,
	territoryId: string,
	locale: 'en' | 'fr'
): Promise<PublishedAssessment[]> {
	const rounds = await db
		.selectDistinctOn([assessmentRoundsTable.assessmentId], {
			assessmentId: assessmentRoundsTable.assessmentId,
			periodEnd: assessmentRoundsTable.periodEnd,
			results: assessmentRoundsTable.results
		})
		.from(assessmentRoundsTable)
		.where(
			and(
				eq(assessmentRoundsTable.territoryId, territoryId),
				eq(assessmentRoundsTable.status, 'closed')
			)
		)
		.orderBy(assessmentRoundsTable.assessmentId, desc(assessmentRoundsTable.closedAt));
	const assessments = assessmentContent();
	return rounds.flatMap((round) => {
		const assessment = assessments.find((candidate) => candidate.id === round.assessmentId);
		if (!assessment || !round.results) {
			return [];
		}
		const levelTitle = (level: number | null): string | null =>
			assessment.levels.find((candidate) => candidate.level === level)?.title[locale] ?? null;
		return [
			{
				assessmentId: assessment.id,
				title: assessment.title[locale],
				periodEnd: round.periodEnd,
				level: round.results.level,
				levelTitle: levelTitle(round.results.level),
				dimensions: assessment.dimensions.map((dimension) => ({
					title: dimension.title[locale],
					level:
						round.results?.dimensions.find((scored) => scored.dimensionId === dimension.id)
							?.level ?? null
				}))
			}
		];
	});
}
