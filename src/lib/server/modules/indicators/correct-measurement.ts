import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { indicatorAddress, indicatorTarget } from './indicator-target';
import { checkMeasurements, enteredByOf, MeasurementsError } from './measurement-rules';
import { measurementsTable } from './schema';
import { isoDay } from './values';

export const correctMeasurementInput = indicatorAddress.extend({
	measurementId: z.uuid(),
	value: z.union([z.number(), z.string()]).optional(),
	measuredOn: z.string().optional(),
	source: z.string().optional(),
	note: z
		.string()
		.trim()
		.max(500, 'validation_too_long')
		.refine((value) => !value.includes('\u0000'), { message: 'validation_invalid_characters' })
		.default('')
});
export type CorrectMeasurementInput = z.input<typeof correctMeasurementInput>;

/**
 * Corrects a measurement (contributors and above) without losing it: in one transaction
 * the old row gets `superseded_at` and a new row names it in `corrects_id`. A row already
 * corrected answers 409: correct its latest version.
 */
export async function correctMeasurement(
	ctx: UseCaseContext,
	input: CorrectMeasurementInput
): Promise<{ id: string }> {
	const address = indicatorAddress.extend({ measurementId: z.uuid() }).safeParse(input);
	if (!address.success) {
		throw notFound();
	}
	const options = parseInput(correctMeasurementInput, input);
	const target = await indicatorTarget(ctx, options, 'plan.edit');
	const checked = checkMeasurements(
		[{ value: options.value, measuredOn: options.measuredOn, source: options.source }],
		target.indicator.valueKind,
		isoDay(clock(ctx))
	);
	if (!checked.ok) {
		throw new MeasurementsError(checked.problems, true);
	}
	const [row] = checked.rows;
	if (!row) {
		throw notFound();
	}
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const [old] = await tx
			.select()
			.from(measurementsTable)
			.where(
				and(
					eq(measurementsTable.id, options.measurementId),
					eq(measurementsTable.indicatorId, target.indicator.id)
				)
			)
			.for('update');
		if (!old) {
			throw notFound();
		}
		if (old.supersededAt) {
			throw conflict('indicators_error_already_corrected');
		}
		if (row.measuredOn !== old.measuredOn) {
			const [taken] = await tx
				.select({ id: measurementsTable.id })
				.from(measurementsTable)
				.where(
					and(
						eq(measurementsTable.indicatorId, target.indicator.id),
						eq(measurementsTable.measuredOn, row.measuredOn),
						isNull(measurementsTable.supersededAt)
					)
				);
			if (taken) {
				throw new MeasurementsError(
					[{ index: 0, field: 'measuredOn', code: 'indicators_error_date_taken' }],
					true
				);
			}
		}
		await tx
			.update(measurementsTable)
			.set({ supersededAt: now })
			.where(eq(measurementsTable.id, old.id));
		const [created] = await tx
			.insert(measurementsTable)
			.values({
				territoryId: target.territory.id,
				indicatorId: target.indicator.id,
				...row,
				channel: 'form',
				...enteredByOf(ctx.actor),
				enteredAt: now,
				correctsId: old.id,
				correctionNote: options.note
			})
			.returning({ id: measurementsTable.id });
		if (!created) {
			throw new Error('correctMeasurement: the insert returned nothing');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.correct-measurement',
				territoryId: target.territory.id,
				targetType: 'indicator',
				targetId: target.indicator.id,
				summary: {
					measuredOn: [old.measuredOn, row.measuredOn],
					value: [old.value, row.value],
					note: options.note
				}
			}
		);
		return created;
	});
}
