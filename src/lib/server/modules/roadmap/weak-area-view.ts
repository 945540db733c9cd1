import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { assessmentContent } from '../diagnose/content';
import { weakUpTo } from '../diagnose/recommend';
import { assessmentRoundsTable } from '../diagnose/schema';
import type { ContentLocale } from '../guide/content-schema';

export type ClosedRound = Pick<
	typeof assessmentRoundsTable.$inferSelect,
	'id' | 'assessmentId' | 'periodStart' | 'periodEnd' | 'results'
>;

export interface WeakAreaView {
	roundId: string;
	assessmentId: string;
	/** The assessment's title, or its id when the content no longer has it. */
	assessmentTitle: string;
	periodStart: string;
	periodEnd: string;
	dimensionId: string;
	dimensionTitle: string;
	level: number | null;
	score: number | null;
}

/** A territory's closed rounds, newest period first (all of them, or those named). */
export async function closedRounds(
	db: DbOrTx,
	territoryId: string,
	roundIds?: string[]
): Promise<ClosedRound[]> {
	if (roundIds?.length === 0) {
		return [];
	}
	const rows = await db
		.select({
			id: assessmentRoundsTable.id,
			assessmentId: assessmentRoundsTable.assessmentId,
			periodStart: assessmentRoundsTable.periodStart,
			periodEnd: assessmentRoundsTable.periodEnd,
			results: assessmentRoundsTable.results
		})
		.from(assessmentRoundsTable)
		.where(
			and(
				eq(assessmentRoundsTable.territoryId, territoryId),
				eq(assessmentRoundsTable.status, 'closed'),
				roundIds ? inArray(assessmentRoundsTable.id, roundIds) : undefined
			)
		);
	return rows.sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
}

/** One dimension of a closed round, named in the reader's language. */
export function weakAreaView(
	round: ClosedRound,
	dimensionId: string,
	locale: ContentLocale
): WeakAreaView {
	const assessment = assessmentContent().find((a) => a.id === round.assessmentId);
	const dimension = assessment?.dimensions.find((d) => d.id === dimensionId);
	const result = round.results?.dimensions.find((d) => d.dimensionId === dimensionId);
	return {
		roundId: round.id,
		assessmentId: round.assessmentId,
		assessmentTitle: assessment?.title[locale] ?? round.assessmentId,
		periodStart: round.periodStart,
		periodEnd: round.periodEnd,
		dimensionId,
		dimensionTitle: dimension?.title[locale] ?? dimensionId,
		level: result?.level ?? null,
		score: result?.score ?? null
	};
}

/** The weak areas (level 1 or 2) of a closed round, in the assessment's order. */
export function weakAreasOf(round: ClosedRound, locale: ContentLocale): WeakAreaView[] {
	return (round.results?.dimensions ?? [])
		.filter((d) => d.level !== null && d.level <= weakUpTo)
		.map((d) => weakAreaView(round, d.dimensionId, locale));
}
