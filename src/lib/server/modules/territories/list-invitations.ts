import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { type UseCaseContext, clock } from '../../platform/actor';
import { assertCan, standingIn } from './policy';
import { territoryBySlugOrNotFound } from './queries';
import { invitationsTable } from './schema';

export interface PendingInvitation {
	id: string;
	email: string;
	role: 'owner' | 'editor' | 'contributor' | 'viewer';
	createdAt: Date;
	expiresAt: Date;
}

/** Invitations not yet accepted, revoked or expired, for those who may invite. */
export async function listInvitations(
	ctx: UseCaseContext,
	options: { slug: string }
): Promise<PendingInvitation[]> {
	const territory = await territoryBySlugOrNotFound(ctx.db, options.slug);
	assertCan(ctx.actor, 'member.invite', await standingIn(ctx.db, ctx.actor, territory.id));
	return ctx.db
		.select({
			id: invitationsTable.id,
			email: invitationsTable.email,
			role: invitationsTable.role,
			createdAt: invitationsTable.createdAt,
			expiresAt: invitationsTable.expiresAt
		})
		.from(invitationsTable)
		.where(
			and(
				eq(invitationsTable.territoryId, territory.id),
				isNull(invitationsTable.acceptedAt),
				isNull(invitationsTable.revokedAt),
				gt(invitationsTable.expiresAt, clock(ctx))
			)
		)
		.orderBy(asc(invitationsTable.createdAt));
}
