import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { usersTable } from '../accounts/schema';
import { assertCan, type MemberRole, standingIn } from './policy';
import { territoryBySlugOrNotFound } from './queries';
import { membershipsTable } from './schema';

export interface MemberView {
	userId: string;
	displayName: string;
	role: MemberRole;
	since: Date;
}

/** The members of a territory, owners first. Emails are not shown to other members. */
export async function listMembers(
	ctx: UseCaseContext,
	options: { slug: string }
): Promise<MemberView[]> {
	const territory = await territoryBySlugOrNotFound(ctx.db, options.slug);
	assertCan(ctx.actor, 'territory.view-members', await standingIn(ctx.db, ctx.actor, territory.id));
	const rows = await ctx.db
		.select({
			userId: membershipsTable.userId,
			displayName: usersTable.displayName,
			role: membershipsTable.role,
			since: membershipsTable.createdAt
		})
		.from(membershipsTable)
		.innerJoin(usersTable, eq(usersTable.id, membershipsTable.userId))
		.where(eq(membershipsTable.territoryId, territory.id))
		.orderBy(asc(usersTable.displayName));
	const order: Record<MemberRole, number> = { owner: 0, editor: 1, contributor: 2, viewer: 3 };
	return rows.sort((a, b) => order[a.role] - order[b.role]);
}
