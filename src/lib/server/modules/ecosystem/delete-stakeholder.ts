import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { stakeholdersTable } from './schema';
import { stakeholderAddress, stakeholderTarget } from './stakeholder-target';

export const deleteStakeholderInput = stakeholderAddress;
export type DeleteStakeholderInput = z.input<typeof deleteStakeholderInput>;

/**
 * Removes a stakeholder from the ecosystem (owners and editors). Its links to pilot
 * actions go with it (the join rows cascade); the pilot actions stay.
 */
export async function deleteStakeholder(
	ctx: UseCaseContext,
	input: DeleteStakeholderInput
): Promise<void> {
	// A malformed address is not found (404), like an unknown one.
	const { territory, stakeholder } = await stakeholderTarget(ctx, input, 'stakeholder.manage');
	await ctx.db.transaction(async (tx) => {
		await tx
			.delete(stakeholdersTable)
			.where(
				and(
					eq(stakeholdersTable.id, stakeholder.id),
					eq(stakeholdersTable.territoryId, territory.id)
				)
			);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'ecosystem.delete-stakeholder',
				territoryId: territory.id,
				targetType: 'stakeholder',
				targetId: stakeholder.id,
				summary: { name: stakeholder.name, category: stakeholder.category }
			}
		);
	});
}
