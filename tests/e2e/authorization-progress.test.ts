import { roadmapsTable } from '../../src/lib/server/modules/roadmap/solution-schema';
import { everyone, type MatrixRow, roleBased, runMatrix } from './support/matrix-runner';

/** The public progress page and its publication choices × every role. */
const rows: MatrixRow[] = [
	// Published (by the fixture below): anyone reads it, in any form.
	{ method: 'GET', path: '/t/{slug}/progress', expect: everyone(200) },
	{ method: 'GET', path: '/fr/t/{slug}/progress', expect: everyone(200) },
	{ method: 'GET', path: '/t/{slug}/progress.csv', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/territories/{slug}/accountability', expect: everyone(200) },
	// Not published: it does not exist, for members too.
	{ method: 'GET', path: '/t/{otherSlug}/progress', expect: everyone(404) },
	{ method: 'GET', path: '/t/{otherSlug}/progress.csv', expect: everyone(404) },
	{ method: 'GET', path: '/api/v1/territories/{otherSlug}/accountability', expect: everyone(404) },
	{
		method: 'GET',
		path: '/territories/{slug}/roadmap/publication',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/roadmap/publication',
		form: true,
		body: { progressPagePublished: 'on' },
		expect: { ...roleBased(403, 403, 303, 303), anonymous: 303, otherOwner: 404, admin: 303 }
	}
];

runMatrix('authorization: progress page', rows, async (database, fixture) => {
	await database.db
		.insert(roadmapsTable)
		.values({ territoryId: fixture.territory.id, progressPagePublished: true });
	return {};
});
