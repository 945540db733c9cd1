import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { parseInput, slug } from '../../platform/validation';
import type { TerritoryRow } from '../territories/queries';
import { stakeholdersTable } from './schema';
import { categoryKey } from './stakeholder-fields';
import {
	customCategories,
	territoryFor,
	type StakeholderCategoryRow,
	type StakeholderRow
} from './stakeholder-target';

export const listStakeholdersInput = z.object({
	slug,
	/** Only this category; absent or blank for all. */
	category: z.union([z.literal(''), categoryKey]).optional()
});
export type ListStakeholdersInput = z.input<typeof listStakeholdersInput>;

export interface StakeholderList {
	territory: TerritoryRow;
	stakeholders: StakeholderRow[];
	customCategories: StakeholderCategoryRow[];
	canEdit: boolean;
	canManage: boolean;
}

/** A territory's stakeholders, by name (case-insensitive), optionally of one category. */
export async function listStakeholders(
	ctx: UseCaseContext,
	input: ListStakeholdersInput
): Promise<StakeholderList> {
	const options = parseInput(listStakeholdersInput, input);
	const target = await territoryFor(ctx, options.slug, 'stakeholder.view');
	const conditions: SQL[] = [eq(stakeholdersTable.territoryId, target.territory.id)];
	if (options.category) {
		conditions.push(eq(stakeholdersTable.category, options.category));
	}
	const stakeholders = await ctx.db
		.select()
		.from(stakeholdersTable)
		.where(and(...conditions))
		.orderBy(sql`lower(${stakeholdersTable.name})`, asc(stakeholdersTable.id));
	return {
		territory: target.territory,
		stakeholders,
		customCategories: await customCategories(ctx.db, target.territory.id),
		canEdit: target.canEdit,
		canManage: target.canManage
	};
}
