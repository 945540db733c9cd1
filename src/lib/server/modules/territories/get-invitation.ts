import { eq } from 'drizzle-orm';
import { type UseCaseContext, clock } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { hashToken } from '../../platform/secrets';
import type { MemberRole } from './policy';
import type { TerritoryRow } from './queries';
import { invitationsTable, territoriesTable } from './schema';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
	id: string;
	state: InvitationState;
	role: MemberRole;
	email: string;
	territory: Pick<TerritoryRow, 'id' | 'slug' | 'name'>;
}

/** An invitation by its secret token (whoever holds the link may see what it offers). */
export async function getInvitation(
	ctx: UseCaseContext,
	options: { token: string }
): Promise<InvitationView> {
	const [row] = await ctx.db
		.select({ invitation: invitationsTable, territory: territoriesTable })
		.from(invitationsTable)
		.innerJoin(territoriesTable, eq(territoriesTable.id, invitationsTable.territoryId))
		.where(eq(invitationsTable.tokenHash, hashToken(options.token)))
		.limit(1);
	if (!row) {
		throw notFound();
	}
	const { invitation, territory } = row;
	const state: InvitationState = invitation.acceptedAt
		? 'accepted'
		: invitation.revokedAt
			? 'revoked'
			: invitation.expiresAt <= clock(ctx)
				? 'expired'
				: 'pending';
	return {
		id: invitation.id,
		state,
		role: invitation.role,
		email: invitation.email,
		territory: { id: territory.id, slug: territory.slug, name: territory.name }
	};
}
