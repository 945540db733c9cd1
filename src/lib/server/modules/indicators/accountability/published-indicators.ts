import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { solutionsTable } from '../../roadmap/solution-schema';
import { indicatorsTable, measurementsTable } from '../schema';

export type IndicatorRow = typeof indicatorsTable.$inferSelect;

export interface PublishedIndicator extends IndicatorRow {
	solutionTitle: string | null;
	latest: { value: number; measuredOn: string; enteredAt: Date } | null;
}

/**
 * The indicators a territory published: flagged `published`, and — when they belong to a
 * solution — only if that solution is published too, so an unpublished solution never
 * shows through its indicators. Each comes with its latest current measurement.
 */
export async function publishedIndicators(
	db: DbOrTx,
	territoryId: string
): Promise<PublishedIndicator[]> {
	const rows = await db
		.select({ indicator: indicatorsTable, solutionTitle: solutionsTable.title })
		.from(indicatorsTable)
		.leftJoin(solutionsTable, eq(solutionsTable.id, indicatorsTable.solutionId))
		.where(
			and(
				eq(indicatorsTable.territoryId, territoryId),
				eq(indicatorsTable.published, true),
				or(isNull(indicatorsTable.solutionId), eq(solutionsTable.published, true))
			)
		)
		.orderBy(indicatorsTable.createdAt);
	const latest = await latestCurrentMeasurements(
		db,
		rows.map((row) => row.indicator.id)
	);
	return rows.map((row) => ({
		...row.indicator,
		solutionTitle: row.solutionTitle,
		latest: latest.get(row.indicator.id) ?? null
	}));
}

/** The latest measurement per indicator, corrected values only (superseded rows left out). */
async function latestCurrentMeasurements(
	db: DbOrTx,
	indicatorIds: readonly string[]
): Promise<Map<string, { value: number; measuredOn: string; enteredAt: Date }>> {
	if (indicatorIds.length === 0) {
		return new Map();
	}
	const rows = await db
		.selectDistinctOn([measurementsTable.indicatorId], {
			indicatorId: measurementsTable.indicatorId,
			value: measurementsTable.value,
			measuredOn: measurementsTable.measuredOn,
			enteredAt: measurementsTable.enteredAt
		})
		.from(measurementsTable)
		.where(
			and(
				inArray(measurementsTable.indicatorId, [...indicatorIds]),
				isNull(measurementsTable.supersededAt)
			)
		)
		.orderBy(
			measurementsTable.indicatorId,
			desc(measurementsTable.measuredOn),
			desc(measurementsTable.enteredAt)
		);
	return new Map(rows.map(({ indicatorId, ...latest }) => [indicatorId, latest]));
}
