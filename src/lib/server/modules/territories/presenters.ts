import type { z } from 'zod';
import type {
	invitationSchema,
	memberSchema,
	territoryDetailsSchema,
	territorySchema
} from './api-contracts';
import type { PendingInvitation } from './list-invitations';
import type { MemberView } from './list-members';
import type { TerritoryDetails } from './get-territory';
import type { TerritoryRow } from './queries';

export function presentTerritory(territory: TerritoryRow): z.input<typeof territorySchema> {
	return {
		id: territory.id,
		slug: territory.slug,
		name: territory.name,
		kind: territory.kind,
		country: territory.country,
		population: territory.population,
		languages: territory.languages,
		createdAt: territory.createdAt.toISOString(),
		updatedAt: territory.updatedAt.toISOString()
	};
}

export function presentTerritoryDetails(
	details: TerritoryDetails
): z.input<typeof territoryDetailsSchema> {
	return {
		...presentTerritory(details.territory),
		parent: details.parent,
		children: details.children,
		yourRole: details.standing.role
	};
}

export function presentMember(member: MemberView): z.input<typeof memberSchema> {
	return {
		userId: member.userId,
		displayName: member.displayName,
		role: member.role,
		since: member.since.toISOString()
	};
}

export function presentInvitation(invitation: PendingInvitation): z.input<typeof invitationSchema> {
	return {
		id: invitation.id,
		email: invitation.email,
		role: invitation.role,
		createdAt: invitation.createdAt.toISOString(),
		expiresAt: invitation.expiresAt.toISOString()
	};
}
