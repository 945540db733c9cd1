import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { can, type Standing, standingIn } from './policy';
import { type TerritoryRow, territoryBySlugOrNotFound } from './queries';
import { territoriesTable } from './schema';

export interface TerritoryDetails {
	territory: TerritoryRow;
	parent: Pick<TerritoryRow, 'slug' | 'name'> | null;
	children: Pick<TerritoryRow, 'slug' | 'name' | 'kind'>[];
	standing: Standing;
	/** What the viewer may do here, for the page's links and forms. */
	allowed: {
		update: boolean;
		viewMembers: boolean;
		invite: boolean;
		manageMembers: boolean;
		viewAudit: boolean;
	};
}

/** A territory's public details, its parent and children, and what the viewer may do. */
export async function getTerritory(
	ctx: UseCaseContext,
	options: { slug: string }
): Promise<TerritoryDetails> {
	const territory = await territoryBySlugOrNotFound(ctx.db, options.slug);
	const [parent] = territory.parentId
		? await ctx.db
				.select({ slug: territoriesTable.slug, name: territoriesTable.name })
				.from(territoriesTable)
				.where(eq(territoriesTable.id, territory.parentId))
		: [];
	const children = await ctx.db
		.select({
			slug: territoriesTable.slug,
			name: territoriesTable.name,
			kind: territoriesTable.kind
		})
		.from(territoriesTable)
		.where(eq(territoriesTable.parentId, territory.id))
		.orderBy(asc(territoriesTable.name));
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	return {
		territory,
		parent: parent ?? null,
		children,
		standing,
		allowed: {
			update: can(ctx.actor, 'territory.update', standing),
			viewMembers: can(ctx.actor, 'territory.view-members', standing),
			invite: can(ctx.actor, 'member.invite', standing),
			manageMembers: can(ctx.actor, 'member.manage', standing),
			viewAudit: can(ctx.actor, 'territory.view-audit', standing)
		}
	};
}
