import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput, text } from '../../platform/validation';
import { pilotLimits } from './pilot-input';
import { lockPilotAt, pilotAddress, pilotTarget, type PilotRow } from './pilot-target';
import { pilotActionsTable } from './schema';
import { pilotStatuses, statusesNeedingLessons, statusTransitions } from './vocabulary';

/** The status form's fields; the lessons replace those written before. */
export const changePilotStatusFields = z.object({
	status: z.enum(pilotStatuses, { message: 'roadmap_error_choose' }),
	lessons: text({ min: 0, max: pilotLimits.longText }).default(''),
	version: z.coerce.number().int().min(1)
});

export const changePilotStatusInput = changePilotStatusFields.extend(pilotAddress.shape);
export type ChangePilotStatusOptions = z.input<typeof changePilotStatusInput>;

/**
 * Moves a pilot action along the test-and-learn cycle (`statusTransitions`), with the
 * lessons learnt so far; stopping it or scaling it up needs lessons (400). Like an edit,
 * it is refused with 409 when someone saved since `version`.
 */
export async function changePilotStatus(
	ctx: UseCaseContext,
	input: ChangePilotStatusOptions
): Promise<PilotRow> {
	// The address first: a malformed one is not found (404), and a refusal says nothing of the input.
	const target = await pilotTarget(ctx, input, 'pilot.edit');
	const options = parseInput(changePilotStatusInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockPilotAt(tx, target.pilot.id, options.version);
		if (!statusTransitions[before.status].includes(options.status)) {
			throw invalid({ status: 'roadmap_error_transition' });
		}
		if (statusesNeedingLessons.includes(options.status) && options.lessons === '') {
			throw invalid({ lessons: 'roadmap_error_lessons_required' });
		}
		const [pilot] = await tx
			.update(pilotActionsTable)
			.set({
				status: options.status,
				lessons: options.lessons,
				version: before.version + 1,
				updatedAt: clock(ctx)
			})
			.where(eq(pilotActionsTable.id, before.id))
			.returning();
		if (!pilot) {
			throw new Error('The pilot action update returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.change-pilot-status',
				territoryId: target.territory.id,
				targetType: 'pilot-action',
				targetId: pilot.id,
				summary: {
					status: [before.status, pilot.status],
					...(before.lessons === pilot.lessons ? {} : { lessons: pilot.lessons })
				}
			}
		);
		return pilot;
	});
}
