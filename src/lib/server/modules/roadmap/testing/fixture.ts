import type { Database } from '../../../platform/db/client';
import { buildUser, contextFor, type BuiltUser } from '../../accounts/testing/factories';
import { startCatalogueContent } from '../../catalogue/content';
import { syncContentPractices } from '../../catalogue/sync-content-practices';
import { startAssessmentContent } from '../../diagnose/content';
import { startGuideContent } from '../../guide/content';
import type { TerritoryRow } from '../../territories/queries';
import { addMember, buildTerritory } from '../../territories/testing/factories';

export type Person =
	| 'owner'
	| 'editor'
	| 'contributor'
	| 'viewer'
	| 'stranger'
	| 'ancestorOwner'
	| 'moderator'
	| 'admin';

export interface PilotFixture {
	parent: TerritoryRow;
	territory: TerritoryRow;
	other: TerritoryRow;
	people: Record<Person, BuiltUser>;
	ctx: (who: Person) => ReturnType<typeof contextFor>;
}

/**
 * A territory under a parent, with one person per role, a stranger (owner of another
 * territory), the parent's owner and platform staff; content loaded, practices synced.
 */
export async function pilotFixture(database: Database): Promise<PilotFixture> {
	const { methods } = await startGuideContent('content');
	await startAssessmentContent(methods, 'content');
	await syncContentPractices(database.db, await startCatalogueContent(methods, 'content'));
	const db = database.db;
	const parent = await buildTerritory(db, { kind: 'metropolis' });
	const territory = await buildTerritory(db, { parent });
	const other = await buildTerritory(db);
	const people = {} as Record<Person, BuiltUser>;
	for (const role of ['owner', 'editor', 'contributor', 'viewer'] as const) {
		people[role] = await buildUser(db);
		await addMember(db, { territory, userId: people[role].user.id, role });
	}
	people.stranger = await buildUser(db);
	await addMember(db, { territory: other, userId: people.stranger.user.id, role: 'owner' });
	people.ancestorOwner = await buildUser(db);
	await addMember(db, { territory: parent, userId: people.ancestorOwner.user.id, role: 'owner' });
	people.moderator = await buildUser(db, { platformRole: 'moderator' });
	people.admin = await buildUser(db, { platformRole: 'admin' });
	return {
		parent,
		territory,
		other,
		people,
		ctx: (who) => contextFor(db, people[who].actor)
	};
}
