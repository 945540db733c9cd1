import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { standingIn, type Standing } from '../territories/policy';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../territories/queries';
import { assertCanStakeholder, canStakeholder, type StakeholderAction } from './policy';
import { stakeholderCategoriesTable, stakeholdersTable } from './schema';

export type StakeholderRow = typeof stakeholdersTable.$inferSelect;
export type StakeholderCategoryRow = typeof stakeholderCategoriesTable.$inferSelect;

export const stakeholderAddress = z.object({ slug, stakeholderId: z.uuid() });
export type StakeholderAddress = z.infer<typeof stakeholderAddress>;

export interface EcosystemTarget {
	territory: TerritoryRow;
	standing: Standing;
	canEdit: boolean;
	canManage: boolean;
}

/** The territory of `slug` and what the actor may do there, once `action` is allowed. */
export async function territoryFor(
	ctx: UseCaseContext,
	territorySlug: string,
	action: StakeholderAction
): Promise<EcosystemTarget> {
	if (!slug.safeParse(territorySlug).success) {
		throw notFound();
	}
	const territory = await territoryBySlugOrNotFound(ctx.db, territorySlug);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanStakeholder(ctx.actor, action, standing);
	return {
		territory,
		standing,
		canEdit: canStakeholder(ctx.actor, 'stakeholder.edit', standing),
		canManage: canStakeholder(ctx.actor, 'stakeholder.manage', standing)
	};
}

/**
 * A stakeholder of a territory, once the actor may `action` it. A stakeholder of another
 * territory is not found, whatever the actor's rights there.
 */
export async function stakeholderTarget(
	ctx: UseCaseContext,
	address: StakeholderAddress,
	action: StakeholderAction
): Promise<EcosystemTarget & { stakeholder: StakeholderRow }> {
	const parsed = stakeholderAddress.safeParse(address);
	if (!parsed.success) {
		throw notFound();
	}
	const target = await territoryFor(ctx, parsed.data.slug, action);
	const stakeholder = await findStakeholder(ctx.db, target.territory.id, parsed.data.stakeholderId);
	if (!stakeholder) {
		throw notFound();
	}
	return { ...target, stakeholder };
}

export async function findStakeholder(
	db: DbOrTx,
	territoryId: string,
	stakeholderId: string
): Promise<StakeholderRow | undefined> {
	const [row] = await db
		.select()
		.from(stakeholdersTable)
		.where(
			and(eq(stakeholdersTable.territoryId, territoryId), eq(stakeholdersTable.id, stakeholderId))
		);
	return row;
}

/** The stakeholder of the territory with this name, whatever its case. */
export async function stakeholderNamed(
	db: DbOrTx,
	territoryId: string,
	name: string
): Promise<StakeholderRow | undefined> {
	const [row] = await db
		.select()
		.from(stakeholdersTable)
		.where(
			and(
				eq(stakeholdersTable.territoryId, territoryId),
				sql`lower(${stakeholdersTable.name}) = lower(${name})`
			)
		);
	return row;
}

/** The territory's own categories, by key. */
export async function customCategories(
	db: DbOrTx,
	territoryId: string
): Promise<StakeholderCategoryRow[]> {
	return db
		.select()
		.from(stakeholderCategoriesTable)
		.where(eq(stakeholderCategoriesTable.territoryId, territoryId))
		.orderBy(asc(stakeholderCategoriesTable.key));
}
