import {
	buildMembership,
	buildTerritory
} from '../../../src/lib/server/modules/accounts/testing/factories';
import { pilotActionsTable } from '../../../src/lib/server/modules/roadmap/schema';
import type { Database } from '../../../src/lib/server/platform/db/client';
import { HttpClient, signedInUser } from './session';

export const roles = [
	'anonymous',
	'viewer',
	'contributor',
	'editor',
	'owner',
	'otherOwner',
	'admin'
] as const;
export type MatrixRole = (typeof roles)[number];

export interface MatrixFixture {
	clients: Record<MatrixRole, HttpClient>;
	/** The territory every role but `otherOwner` and `admin` belongs to. */
	territory: { id: string; slug: string };
	/** Another territory, owned by `otherOwner`. */
	otherTerritory: { id: string; slug: string };
	/** A pilot action of `territory`. */
	pilotId: string;
}

/**
 * One territory with a member of each role, a second territory with its own owner, a
 * platform admin, and an anonymous visitor — each with its own signed-in HTTP client.
 */
export async function buildMatrixFixture(
	database: Database,
	baseUrl: string
): Promise<MatrixFixture> {
	const territory = await buildTerritory(database.db);
	const otherTerritory = await buildTerritory(database.db);
	const clients = { anonymous: new HttpClient(baseUrl) } as Record<MatrixRole, HttpClient>;
	for (const role of ['viewer', 'contributor', 'editor', 'owner'] as const) {
		const member = await signedInUser(database, baseUrl);
		await buildMembership(database.db, { user: member.user, role, territory });
		clients[role] = member.client;
	}
	const otherOwner = await signedInUser(database, baseUrl);
	await buildMembership(database.db, {
		user: otherOwner.user,
		role: 'owner',
		territory: otherTerritory
	});
	clients.otherOwner = otherOwner.client;
	clients.admin = (await signedInUser(database, baseUrl, { platformRole: 'admin' })).client;
	const [pilot] = await database.db
		.insert(pilotActionsTable)
		.values({
			territoryId: territory.id,
			title: 'Matrix pilot action',
			areaLevel: 'city',
			sectorLevel: 'administration',
			amplitude: 'specific-problem',
			lever: 'communication'
		})
		.returning({ id: pilotActionsTable.id });
	return {
		clients,
		territory: { id: territory.id, slug: territory.slug },
		otherTerritory: { id: otherTerritory.id, slug: otherTerritory.slug },
		pilotId: pilot?.id ?? ''
	};
}
