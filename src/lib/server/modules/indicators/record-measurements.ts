import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import type { DbOrTx } from '../../platform/db/client';
import { invalid, notFound } from '../../platform/errors';
import { indicatorAddress, indicatorTarget, type IndicatorRow } from './indicator-target';
import {
	checkMeasurements,
	enteredByOf,
	maxMeasurementsPerRequest,
	MeasurementsError,
	type CheckedMeasurement,
	type RawMeasurement
} from './measurement-rules';
import { measurementsTable } from './schema';
import { isoDay } from './values';

export type Channel = (typeof measurementsTable.$inferInsert)['channel'];

export const recordMeasurementsInput = indicatorAddress.extend({
	measurements: z.array(z.custom<RawMeasurement>((v) => typeof v === 'object' && v !== null)),
	channel: z.enum(['form', 'csv', 'api']),
	/**
	 * `add` (the form): a date that already has a value is refused, correct it instead.
	 * `merge` (CSV and API): the same value again changes nothing, a different one is
	 * recorded as a correction of the current one, so a file can be sent twice.
	 */
	mode: z.enum(['add', 'merge'])
});
export type RecordMeasurementsInput = z.input<typeof recordMeasurementsInput>;

export interface MeasurementCounts {
	added: number;
	corrected: number;
	unchanged: number;
}

/**
 * Records measurements of an indicator (contributors and above), all or nothing: every
 * value is checked against the indicator's kind, every date is a real day not after today.
 */
export async function recordMeasurements(
	ctx: UseCaseContext,
	input: RecordMeasurementsInput
): Promise<MeasurementCounts> {
	const parsed = recordMeasurementsInput.safeParse(input);
	if (!parsed.success) {
		if (!indicatorAddress.safeParse(input).success) {
			throw notFound();
		}
		throw invalid({ measurements: 'validation_invalid' });
	}
	const options = parsed.data;
	const target = await indicatorTarget(ctx, options, 'plan.edit');
	if (
		options.measurements.length === 0 ||
		options.measurements.length > maxMeasurementsPerRequest
	) {
		throw invalid({ measurements: 'indicators_error_measurement_count' });
	}
	const checked = checkMeasurements(
		options.measurements,
		target.indicator.valueKind,
		isoDay(clock(ctx))
	);
	if (!checked.ok) {
		throw new MeasurementsError(checked.problems, options.measurements.length === 1);
	}
	return ctx.db.transaction(async (tx) => {
		const counts = await applyMeasurements(
			{ ...ctx, db: tx },
			target.indicator,
			checked.rows,
			options
		);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.record-measurements',
				territoryId: target.territory.id,
				targetType: 'indicator',
				targetId: target.indicator.id,
				summary: { channel: options.channel, ...counts }
			}
		);
		return counts;
	});
}

/** Writes checked measurements in the caller's transaction; see `mode` above. */
export async function applyMeasurements(
	ctx: UseCaseContext & { db: DbOrTx },
	indicator: IndicatorRow,
	rows: readonly CheckedMeasurement[],
	options: { channel: Channel; mode: 'add' | 'merge' }
): Promise<MeasurementCounts> {
	const now = clock(ctx);
	const current = await ctx.db
		.select()
		.from(measurementsTable)
		.where(
			and(
				eq(measurementsTable.indicatorId, indicator.id),
				isNull(measurementsTable.supersededAt),
				inArray(
					measurementsTable.measuredOn,
					rows.map((row) => row.measuredOn)
				)
			)
		)
		.for('update');
	const byDate = new Map(current.map((row) => [row.measuredOn, row]));
	if (options.mode === 'add') {
		const taken = rows.findIndex((row) => byDate.has(row.measuredOn));
		if (taken >= 0) {
			throw new MeasurementsError(
				[{ index: taken, field: 'measuredOn', code: 'indicators_error_date_taken' }],
				rows.length === 1
			);
		}
	}
	const counts: MeasurementCounts = { added: 0, corrected: 0, unchanged: 0 };
	const who = enteredByOf(ctx.actor);
	for (const row of rows) {
		const existing = byDate.get(row.measuredOn);
		if (existing && existing.value === row.value && existing.source === row.source) {
			counts.unchanged++;
			continue;
		}
		if (existing) {
			await ctx.db
				.update(measurementsTable)
				.set({ supersededAt: now })
				.where(eq(measurementsTable.id, existing.id));
		}
		await ctx.db.insert(measurementsTable).values({
			territoryId: indicator.territoryId,
			indicatorId: indicator.id,
			...row,
			channel: options.channel,
			...who,
			enteredAt: now,
			correctsId: existing?.id ?? null
		});
		counts[existing ? 'corrected' : 'added']++;
	}
	return counts;
}
