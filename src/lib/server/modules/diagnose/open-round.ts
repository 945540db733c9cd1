import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
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

export const openRoundInput = openRoundFields.extend({ slug });
export type OpenRoundInput = z.input<typeof openRoundInput>;

/** Opens a round of an assessment for a territory; its members then answer it. */
export async function openRound(ctx: UseCaseContext, input: OpenRoundInput): Promise<RoundRow> {
	const options = parseInput(openRoundInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'round.manage');
	// Checked once the caller may open rounds here: a refusal says nothing about the input.
	const errors: FieldErrors = {};
	if (!assessmentContent().some((assessment) => assessment.id === options.assessmentId)) {
		errors.assessmentId = 'diagnose_error_unknown_assessment';
	}
	if (options.periodEnd < options.periodStart) {
		errors.periodEnd = 'diagnose_error_period_order';
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	const openedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	return ctx.db.transaction(async (tx) => {
		const [round] = await tx
			.insert(assessmentRoundsTable)
			.values({
				territoryId: territory.id,
				assessmentId: options.assessmentId,
				periodStart: options.periodStart,
				periodEnd: options.periodEnd,
				openedBy,
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
				territoryId: territory.id,
				targetType: 'assessment-round',
				targetId: round.id,
				summary: {
					assessmentId: options.assessmentId,
					periodStart: options.periodStart,
					periodEnd: options.periodEnd
				}
			}
		);
		return round;
	});
}
