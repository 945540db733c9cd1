import { and, desc, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { measurementsTable } from './schema';

export interface LatestMeasurement {
	value: number;
	measuredOn: string;
	/** When it was entered: the "last updated" of a progress page. */
	enteredAt: Date;
}

/**
 * The latest current value of each indicator (corrected rows left out): one statement,
 * `DISTINCT ON` the indicator, newest measurement date first. Indicators without any
 * measurement are absent from the map. The public progress page reuses it.
 */
export async function latestMeasurements(
	db: DbOrTx,
	indicatorIds: readonly string[]
): Promise<Map<string, LatestMeasurement>> {
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
