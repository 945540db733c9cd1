import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { parseInput } from '../../platform/validation';
import { scopeColumns } from './create-pilot-action';
import { pilotFields } from './pilot-input';
import { checkedScope, writeLinks } from './pilot-links';
import { lockPilotAt, pilotAddress, pilotTarget, type PilotRow } from './pilot-target';
import { pilotActionsTable } from './schema';

export const updatePilotActionInput = pilotFields.extend({
	...pilotAddress.shape,
	version: z.number().int().min(1)
});
export type UpdatePilotActionOptions = z.input<typeof updatePilotActionInput>;

/**
 * Replaces a pilot action's scope and links. `version` is the one the editor started
 * from: if someone saved in between, nothing is written and the answer is 409.
 */
export async function updatePilotAction(
	ctx: UseCaseContext,
	input: UpdatePilotActionOptions
): Promise<PilotRow> {
	// The address first: a malformed one is not found (404), and a refusal says nothing of the input.
	const target = await pilotTarget(ctx, input, 'pilot.edit');
	const options = parseInput(updatePilotActionInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await lockPilotAt(tx, target.pilot.id, options.version);
		const links = await checkedScope(tx, target.territory.id, options);
		const columns = scopeColumns(options);
		const [pilot] = await tx
			.update(pilotActionsTable)
			.set({ ...columns, version: before.version + 1, updatedAt: clock(ctx) })
			.where(eq(pilotActionsTable.id, before.id))
			.returning();
		if (!pilot) {
			throw new Error('The pilot action update returned no row.');
		}
		await writeLinks(tx, pilot.id, links);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.update-pilot-action',
				territoryId: target.territory.id,
				targetType: 'pilot-action',
				targetId: pilot.id,
				summary: {
					...diff(before, columns),
					stakeholders: links.stakeholderIds.length,
					practices: links.practiceIds.length,
					weakAreas: links.weakAreas.length
				}
			}
		);
		return pilot;
	});
}
