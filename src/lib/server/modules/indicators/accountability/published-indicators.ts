import { and, eq, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { solutionsTable } from '../../roadmap/solution-schema';
import { latestMeasurements, type LatestMeasurement } from '../queries';
import { indicatorsTable } from '../schema';

export type IndicatorRow = typeof indicatorsTable.$inferSelect;

export interface PublishedIndicator extends IndicatorRow {
	solutionTitle: string | null;
	latest: LatestMeasurement | null;
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
	const latest = await latestMeasurements(
		db,
		rows.map((row) => row.indicator.id)
	);
	return rows.map((row) => ({
		...row.indicator,
		solutionTitle: row.solutionTitle,
		latest: latest.get(row.indicator.id) ?? null
	}));
}
