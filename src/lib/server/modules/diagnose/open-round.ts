import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import type { DbOrTx } from '../../platform/db/client';
import { invalid, type FieldErrors } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { assessmentContent } from './content';
import { territoryFor, type RoundRow } from './round-target';
import { assessmentRoundsTable } from './schema';

const isoDate = z.iso.date({ message: 'diagnose_error_date' });

/** The fields of the form that opens a round (the territory comes from the address). */
export const openRoundFields = z.object({
	assessmentId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'diagnose_error_unknown_assessment'),
	periodStart: isoDate,
	periodEnd: isoDate
});
export type RoundFields = z.output<typeof openRoundFields>;

export const openRoundInput = openRoundFields.extend({ slug });
export type OpenRoundInput = z.input<typeof openRoundInput>;

/**
 * What the form's syntax cannot say: the assessment exists and the period is in order.
 * Checked once the caller may open rounds, so that a refusal says nothing about the input.
 */
export function assertRoundFieldsMakeSense(fields: RoundFields): void {
	const errors: FieldErrors = {};
	if (!assessmentContent().some((assessment) => assessment.id === fields.assessmentId)) {
		errors.assessmentId = 'diagnose_error_unknown_assessment';
	}
	if (fields.periodEnd < fields.periodStart) {
		errors.periodEnd = 'diagnose_error_period_order';
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
}

/** Inserts an open round in `territoryId` and its audit entry, inside the caller's transaction. */
export async function insertRound(
	ctx: UseCaseContext,
	tx: DbOrTx,
	territoryId: string,
	fields: RoundFields
): Promise<RoundRow> {
	const [round] = await tx
		.insert(assessmentRoundsTable)
		.values({
			territoryId,
			assessmentId: fields.assessmentId,
			periodStart: fields.periodStart,
			periodEnd: fields.periodEnd,
			openedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
			openedAt: clock(ctx)
		})
		.returning();
	if (!round) {
		throw new Error('The round insert returned no row.');
	}
	await recordAudit(
		{ ...ctx, db: tx },
		{
			action: 'diagnose.open-round',
			territoryId,
			targetType: 'assessment-round',
			targetId: round.id,
			summary: {
				assessmentId: fields.assessmentId,
				periodStart: fields.periodStart,
				periodEnd: fields.periodEnd
			}
		}
	);
	return round;
}

/** Opens a round of an assessment for a territory; its members then answer it. */
export async function openRound(ctx: UseCaseContext, input: OpenRoundInput): Promise<RoundRow> {
	const options = parseInput(openRoundInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'round.manage');
	assertRoundFieldsMakeSense(options);
	return ctx.db.transaction((tx) => insertRound(ctx, tx, territory.id, options));
}
