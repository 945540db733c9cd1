import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { selectRows } from '../../platform/db/rows';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';

export const memberRoles = ['owner', 'editor', 'contributor', 'viewer'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Higher number, more rights: a role includes the rights of those below it. */
const rank: Record<MemberRole, number> = { viewer: 1, contributor: 2, editor: 3, owner: 4 };

export const atLeast = (role: MemberRole | null, minimum: MemberRole): boolean =>
	role !== null && rank[role] >= rank[minimum];

export const strongest = (a: MemberRole | null, b: MemberRole | null): MemberRole | null =>
	a === null ? b : b === null ? a : rank[a] >= rank[b] ? a : b;

/** What the actor is to one territory: its own role, and the strongest role it holds in an ancestor. */
export interface Standing {
	role: MemberRole | null;
	ancestorRole: MemberRole | null;
}

export const noStanding: Standing = { role: null, ancestorRole: null };

export type TerritoryAction =
	| 'territory.create'
	| 'territory.update'
	| 'territory.attach-child'
	| 'territory.view-members'
	| 'territory.view-audit'
	| 'member.invite'
	| 'member.invite-owner-or-editor'
	| 'member.manage'
	| 'member.leave';

/**
 * The rules, in one table. Territory details are public, so "view" is not an action here.
 * - Members of any role see the member list; an ancestor territory's owners see it too
 *   (read only: "a parent territory's owners can see, not edit, its children's items").
 * - Owners and editors edit the details; owners manage members and invite any role;
 *   editors invite contributors and viewers.
 * - A territory is attached under a parent by an owner of the child who is also at least
 *   an editor of the parent (checked as `territory.attach-child` on the parent).
 * - The audit trail is for owners, ancestor owners, admins and moderators.
 * - Platform admins may do everything; moderators may see everything and edit nothing.
 */
export function can(
	actor: Actor,
	action: TerritoryAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	const admin = actor.platformRole === 'admin';
	const moderator = actor.platformRole === 'moderator';
	const { role, ancestorRole } = standing;
	switch (action) {
		case 'territory.create':
			return true;
		case 'territory.update':
		case 'territory.attach-child':
			return admin || atLeast(role, 'editor');
		case 'territory.view-members':
			return admin || moderator || role !== null || ancestorRole === 'owner';
		case 'territory.view-audit':
			return admin || moderator || role === 'owner' || ancestorRole === 'owner';
		case 'member.invite':
			return admin || atLeast(role, 'editor');
		case 'member.invite-owner-or-editor':
		case 'member.manage':
			return admin || role === 'owner';
		case 'member.leave':
			return role !== null;
	}
}

/**
 * Throws the right error when `can` says no: 401 for anonymous visitors; 404 when the
 * actor may not even see the territory's private side (members), so nothing leaks;
 * otherwise 403.
 */
export function assertCan(
	actor: Actor,
	action: TerritoryAction,
	standing: Standing = noStanding
): void {
	if (can(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw can(actor, 'territory.view-members', standing) ? forbidden() : notFound();
}

/** The actor's standing in a territory, from its memberships there and in its ancestors. */
export async function standingIn(db: DbOrTx, actor: Actor, territoryId: string): Promise<Standing> {
	if (actor.kind !== 'user') {
		return noStanding;
	}
	const rows = await selectRows<{ role: MemberRole; depth: number }>(
		db,
		sql`
		with recursive chain(id, parent_id, depth) as (
			select id, parent_id, 0 from territories where id = ${territoryId}
			union all
			select t.id, t.parent_id, chain.depth + 1
			from territories t join chain on t.id = chain.parent_id
			where chain.depth < 32
		)
		select m.role, chain.depth
		from chain join memberships m on m.territory_id = chain.id
		where m.user_id = ${actor.userId}`
	);
	let standing: Standing = noStanding;
	for (const row of rows) {
		standing =
			row.depth === 0
				? { ...standing, role: row.role }
				: { ...standing, ancestorRole: strongest(standing.ancestorRole, row.role) };
	}
	return standing;
}
