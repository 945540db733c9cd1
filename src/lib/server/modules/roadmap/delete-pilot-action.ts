import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { pilotTarget, type PilotAddress } from './pilot-target';
import { pilotActionsTable } from './schema';

/** Deletes a pilot action and its links (owners and editors). */
export async function deletePilotAction(ctx: UseCaseContext, input: PilotAddress): Promise<void> {
	const target = await pilotTarget(ctx, input, 'pilot.delete');
	await ctx.db.transaction(async (tx) => {
		await tx.delete(pilotActionsTable).where(eq(pilotActionsTable.id, target.pilot.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-pilot-action',
				territoryId: target.territory.id,
				targetType: 'pilot-action',
				targetId: target.pilot.id,
				summary: { title: target.pilot.title, status: target.pilot.status }
			}
		);
	});
}
