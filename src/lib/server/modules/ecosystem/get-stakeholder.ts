import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { pilotActionStakeholdersTable, pilotActionsTable } from '../roadmap/schema';
import type { TerritoryRow } from '../territories/queries';
import {
	customCategories,
	stakeholderAddress,
	stakeholderTarget,
	type StakeholderCategoryRow,
	type StakeholderRow
} from './stakeholder-target';

export const getStakeholderInput = stakeholderAddress;
export type GetStakeholderInput = z.input<typeof getStakeholderInput>;

export interface StakeholderView {
	territory: TerritoryRow;
	stakeholder: StakeholderRow;
	/** The pilot actions of the same territory this stakeholder takes part in, by title. */
	pilotActions: { id: string; title: string }[];
	customCategories: StakeholderCategoryRow[];
	canEdit: boolean;
	canManage: boolean;
}

/** One stakeholder with the pilot actions linked to it, for its territory's members. */
export async function getStakeholder(
	ctx: UseCaseContext,
	input: GetStakeholderInput
): Promise<StakeholderView> {
	// A malformed address is not found (404), like an unknown one.
	const target = await stakeholderTarget(ctx, input, 'stakeholder.view');
	const pilotActions = await ctx.db
		.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
		.from(pilotActionStakeholdersTable)
		.innerJoin(
			pilotActionsTable,
			eq(pilotActionsTable.id, pilotActionStakeholdersTable.pilotActionId)
		)
		.where(
			and(
				eq(pilotActionStakeholdersTable.stakeholderId, target.stakeholder.id),
				eq(pilotActionsTable.territoryId, target.territory.id)
			)
		)
		.orderBy(asc(pilotActionsTable.title));
	return {
		territory: target.territory,
		stakeholder: target.stakeholder,
		pilotActions,
		customCategories: await customCategories(ctx.db, target.territory.id),
		canEdit: target.canEdit,
		canManage: target.canManage
	};
}
