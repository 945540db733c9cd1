import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { checkIndicatorValues, indicatorFields } from './indicator-input';
import { indicatorAddress, indicatorTarget, type IndicatorRow } from './indicator-target';
import { libraryIndicatorById } from './library';
import { indicatorsTable } from './schema';

export const indicatorVersion = z.coerce
	.number({ message: 'validation_invalid' })
	.int('validation_invalid')
	.min(1, 'validation_invalid')
	.max(2_147_483_647, 'validation_invalid');

export const updateIndicatorInput = indicatorFields
	.extend({ version: indicatorVersion })
	.extend(indicatorAddress.shape);
export type UpdateIndicatorInput = z.input<typeof updateIndicatorInput>;

/** The message of a stale edit (409): someone saved the indicator since it was read. */
export const staleIndicatorKey = 'indicators_error_stale';

/** The editable fields as stored, for comparisons, audit summaries and the conflict screen. */
export const editableOf = (row: IndicatorRow) => ({
	title: row.title,
	family: row.family,
	unit: row.unit,
	valueKind: row.valueKind,
	direction: row.direction,
	method: row.method,
	baselineValue: row.baselineValue,
	baselineOn: row.baselineOn,
	targetValue: row.targetValue,
	targetOn: row.targetOn,
	frequency: row.frequency,
	source: row.source,
	published: row.published
});

/**
 * Saves an indicator's definition, baseline and target (contributors and above).
 * `version` is the one the editor started from: a stale one writes nothing (409).
 */
export async function updateIndicator(
	ctx: UseCaseContext,
	input: UpdateIndicatorInput
): Promise<IndicatorRow> {
	if (!indicatorAddress.safeParse(input).success) {
		throw notFound();
	}
	const { slug, indicatorId, version, ...fields } = parseInput(updateIndicatorInput, input);
	const { territory, indicator } = await indicatorTarget(ctx, { slug, indicatorId }, 'plan.edit');
	if (fields.libraryIndicatorId && !(await libraryIndicatorById(fields.libraryIndicatorId))) {
		throw invalid({ libraryIndicatorId: 'indicators_error_library_unknown' });
	}
	const values = checkIndicatorValues(fields);
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.update(indicatorsTable)
			.set({
				libraryIndicatorId: fields.libraryIndicatorId,
				title: fields.title,
				family: fields.family,
				unit: fields.unit,
				valueKind: fields.valueKind,
				direction: fields.direction,
				method: fields.method,
				baselineValue: values.baselineValue,
				baselineOn: fields.baselineOn,
				targetValue: values.targetValue,
				targetOn: fields.targetOn,
				frequency: fields.frequency,
				source: fields.source,
				published: fields.published,
				version: sql`${indicatorsTable.version} + 1`,
				updatedAt: clock(ctx)
			})
			.where(
				and(
					eq(indicatorsTable.id, indicator.id),
					eq(indicatorsTable.territoryId, territory.id),
					eq(indicatorsTable.version, version)
				)
			)
			.returning();
		if (!row) {
			throw conflict(staleIndicatorKey);
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.update-indicator',
				territoryId: territory.id,
				targetType: 'indicator',
				targetId: row.id,
				summary: diff(editableOf(indicator), editableOf(row))
			}
		);
		return row;
	});
}
