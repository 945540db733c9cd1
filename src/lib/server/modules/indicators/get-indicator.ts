import { desc, eq, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import {
	indicatorTarget,
	subjectIn,
	type IndicatorAddress,
	type IndicatorTarget,
	type Subject
} from './indicator-target';
import { writeMeasurementCsv } from './measurement-csv';
import { measurementsTable } from './schema';
import { indicatorStatus, type IndicatorStatus } from './status';

export type MeasurementRow = typeof measurementsTable.$inferSelect;

export interface IndicatorDetails extends IndicatorTarget {
	subject: Subject;
	/** Current values (corrected rows left out), oldest first: the chart and its table. */
	series: MeasurementRow[];
	/** Every row, corrected ones too: latest date first, each date's current value above what it corrected. */
	history: MeasurementRow[];
	latest: MeasurementRow | null;
	status: IndicatorStatus;
}

export const currentOnly = (rows: readonly MeasurementRow[]): MeasurementRow[] =>
	rows
		.filter((row) => row.supersededAt === null)
		.sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));

/** An indicator with its measurements and status (members and ancestor owners read). */
export async function getIndicator(
	ctx: UseCaseContext,
	input: IndicatorAddress
): Promise<IndicatorDetails> {
	const target = await indicatorTarget(ctx, input, 'plan.view');
	const subject = await subjectIn(ctx.db, target.territory.id, target.indicator);
	const history = await ctx.db
		.select()
		.from(measurementsTable)
		.where(eq(measurementsTable.indicatorId, target.indicator.id))
		.orderBy(
			desc(measurementsTable.measuredOn),
			sql`${measurementsTable.supersededAt} IS NOT NULL`,
			desc(measurementsTable.enteredAt)
		);
	const series = currentOnly(history);
	const latest = series.at(-1) ?? null;
	return {
		...target,
		subject,
		series,
		history,
		latest,
		status: indicatorStatus(target.indicator, latest)
	};
}

/** The current measurements as the CSV file the import reads (members). */
export async function exportMeasurements(
	ctx: UseCaseContext,
	input: IndicatorAddress
): Promise<{ filename: string; csv: string }> {
	const target = await indicatorTarget(ctx, input, 'plan.view');
	const rows = await ctx.db
		.select()
		.from(measurementsTable)
		.where(eq(measurementsTable.indicatorId, target.indicator.id));
	return {
		filename: `indicator-${target.indicator.id}.csv`,
		csv: writeMeasurementCsv(currentOnly(rows))
	};
}
