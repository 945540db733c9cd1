import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { AppError, notFound } from '../../platform/errors';
import { indicatorAddress, indicatorTarget } from './indicator-target';
import { readMeasurementCsv, type MeasurementFileProblem } from './measurement-csv';
import { applyMeasurements, type MeasurementCounts } from './record-measurements';
import { isoDay } from './values';

export const importMeasurementsInput = indicatorAddress.extend({
	bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array)
});
export type ImportMeasurementsInput = z.input<typeof importMeasurementsInput>;

/** Raised when a file cannot be imported; nothing has been written. */
export class MeasurementFileError extends AppError {
	constructor(readonly problems: MeasurementFileProblem[]) {
		// Fields name each problem by row and column too, for API clients: `3.date`.
		super(
			'validation',
			'indicators_import_invalid',
			Object.fromEntries(problems.map((p) => [`${p.row ?? 'file'}.${p.column ?? 'file'}`, p.code]))
		);
		this.name = 'MeasurementFileError';
	}
}

/**
 * Imports a CSV file of measurements (contributors and above), all or nothing: the whole
 * file is checked first. A date with no value adds one; a date whose current value
 * differs is corrected (history kept); the same value again changes nothing.
 */
export async function importMeasurements(
	ctx: UseCaseContext,
	input: ImportMeasurementsInput
): Promise<MeasurementCounts> {
	const parsed = importMeasurementsInput.safeParse(input);
	if (!parsed.success) {
		throw notFound();
	}
	const target = await indicatorTarget(ctx, parsed.data, 'plan.edit');
	const reading = readMeasurementCsv(
		parsed.data.bytes,
		target.indicator.valueKind,
		isoDay(clock(ctx))
	);
	if (!reading.ok) {
		throw new MeasurementFileError(reading.problems);
	}
	return ctx.db.transaction(async (tx) => {
		const counts = await applyMeasurements({ ...ctx, db: tx }, target.indicator, reading.rows, {
			channel: 'csv',
			mode: 'merge'
		});
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.import-measurements',
				territoryId: target.territory.id,
				targetType: 'indicator',
				targetId: target.indicator.id,
				summary: { rows: reading.rows.length, ...counts }
			}
		);
		return counts;
	});
}
