import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	milestonesTable,
	solutionsTable
} from '../../src/lib/server/modules/roadmap/solution-schema';
import type { Database } from '../../src/lib/server/platform/db/client';
import {
	buildMatrixFixture,
	type MatrixFixture,
	type MatrixRole,
	roles
} from './support/matrix-fixture';
import { openE2eDatabase } from './support/session';

/**
 * The roadmap's routes × every role. Members read; contributors and above write solutions
 * and milestones; editors and owners delete, freeze baselines and name the governance.
 * Another territory's owner is refused with 404, so nothing leaks.
 */
interface Row {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	body?: unknown;
	form?: boolean;
	expect: Record<MatrixRole, number>;
}

const year = new Date().getUTCFullYear();
const period = { startsOn: `${year - 1}-01-01`, endsOn: `${year + 1}-12-31` };
const nobody = '00000000-0000-4000-8000-000000000000';

const api = (
	viewer: number,
	contributor: number,
	editor: number,
	owner: number,
	admin = owner
): Record<MatrixRole, number> => ({
	anonymous: 401,
	viewer,
	contributor,
	editor,
	owner,
	otherOwner: 404,
	admin
});
const page = (
	viewer: number,
	contributor: number,
	editor: number,
	owner: number,
	admin = owner
): Record<MatrixRole, number> => ({
	...api(viewer, contributor, editor, owner, admin),
	anonymous: 303
});
const notFound: Record<MatrixRole, number> = { ...api(404, 404, 404, 404), anonymous: 401 };

const solutionBody = { title: 'Matrix solution', ...period };
const milestoneBody = {
	title: 'Matrix milestone',
	plannedStart: `${year}-02-01`,
	plannedEnd: `${year}-03-31`
};
const S = '/api/v1/territories/{slug}/solutions';
const P = '/territories/{slug}/roadmap';

const rows: Row[] = [
	{ method: 'GET', path: S, expect: api(200, 200, 200, 200) },
	{ method: 'POST', path: S, body: solutionBody, expect: api(403, 201, 201, 201) },
	{ method: 'GET', path: `${S}/{solutionId}`, expect: api(200, 200, 200, 200) },
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/solutions/{solutionId}',
		expect: notFound
	},
	{
		method: 'PUT',
		path: `${S}/{solutionId}`,
		// A version nobody has: allowed callers are told someone saved meanwhile (409).
		body: { ...solutionBody, version: 999 },
		expect: api(403, 409, 409, 409)
	},
	{ method: 'DELETE', path: `${S}/${nobody}`, expect: api(403, 403, 404, 404) },
	{
		method: 'DELETE',
		path: '/api/v1/territories/{otherSlug}/solutions/{solutionId}',
		expect: notFound
	},
	{ method: 'GET', path: `${S}/{solutionId}/milestones`, expect: api(200, 200, 200, 200) },
	{
		method: 'POST',
		path: `${S}/{solutionId}/milestones`,
		body: milestoneBody,
		expect: api(403, 201, 201, 201)
	},
	{
		method: 'PUT',
		path: `${S}/{solutionId}/milestones/{milestoneId}`,
		body: { ...milestoneBody, version: 999 },
		expect: api(403, 409, 409, 409)
	},
	{
		method: 'DELETE',
		path: `${S}/{solutionId}/milestones/${nobody}`,
		expect: api(403, 403, 404, 404)
	},
	{
		method: 'POST',
		path: `${S}/{solutionId}/baseline`,
		body: { refreeze: true },
		expect: api(403, 403, 200, 200)
	},
	{ method: 'GET', path: P, expect: page(200, 200, 200, 200) },
	{
		method: 'POST',
		path: `${P}?/vision`,
		form: true,
		body: { vision: 'A vision', thematicTrack: '', version: '999' },
		expect: page(403, 409, 409, 409)
	},
	{ method: 'GET', path: `${P}/ambitions`, expect: page(200, 200, 200, 200) },
	{
		method: 'POST',
		path: `${P}/ambitions?/delete`,
		form: true,
		body: { ambitionId: nobody },
		expect: page(403, 403, 404, 404)
	},
	{ method: 'GET', path: `${P}/governance`, expect: page(200, 200, 200, 200) },
	{
		method: 'POST',
		path: `${P}/governance?/area`,
		form: true,
		body: { title: 'Matrix area', responsibleId: '' },
		expect: page(403, 403, 303, 303)
	},
	{ method: 'GET', path: `${P}/solutions/new`, expect: page(403, 200, 200, 200) },
	{
		method: 'POST',
		path: `${P}/solutions/new`,
		form: true,
		body: solutionBody,
		expect: page(403, 303, 303, 303)
	},
	{ method: 'GET', path: `${P}/solutions/{solutionId}`, expect: page(200, 200, 200, 200) },
	{
		method: 'GET',
		path: '/territories/{otherSlug}/roadmap/solutions/{solutionId}',
		expect: { ...page(404, 404, 404, 404), otherOwner: 404 }
	},
	{ method: 'GET', path: `${P}/solutions/{solutionId}/edit`, expect: page(403, 200, 200, 200) },
	{
		method: 'POST',
		path: `${P}/solutions/{solutionId}/edit`,
		form: true,
		body: { ...solutionBody, version: '999' },
		expect: page(403, 409, 409, 409)
	},
	{ method: 'GET', path: `${P}/solutions/{solutionId}/delete`, expect: page(403, 403, 200, 200) },
	{
		method: 'POST',
		path: '/territories/{otherSlug}/roadmap/solutions/{solutionId}/delete',
		form: true,
		expect: page(404, 404, 404, 404)
	},
	{
		method: 'GET',
		path: `${P}/solutions/{solutionId}/baseline`,
		expect: page(403, 403, 200, 200)
	},
	{
		method: 'GET',
		path: `${P}/solutions/{solutionId}/milestones/new`,
		expect: page(403, 200, 200, 200)
	},
	{
		method: 'GET',
		path: `${P}/solutions/{solutionId}/milestones/{milestoneId}/edit`,
		expect: page(403, 200, 200, 200)
	},
	{
		method: 'POST',
		path: `${P}/solutions/{solutionId}/milestones/{milestoneId}/edit?/save`,
		form: true,
		body: { ...milestoneBody, version: '999' },
		expect: page(403, 409, 409, 409)
	},
	{
		method: 'POST',
		path: `${P}/solutions/{solutionId}/replication`,
		form: true,
		// Not at its review stage: those who may edit are told so (400).
		expect: page(403, 400, 400, 400)
	}
];

let database: Database;
let fixture: MatrixFixture;
let solutionId: string;
let milestoneId: string;

beforeAll(async () => {
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
	fixture = await buildMatrixFixture(database, inject('baseUrl'));
	const [solution] = await database.db
		.insert(solutionsTable)
		.values({ territoryId: fixture.territory.id, title: 'Matrix solution', ...period })
		.returning();
	solutionId = solution?.id ?? '';
	const [milestone] = await database.db
		.insert(milestonesTable)
		.values({
			territoryId: fixture.territory.id,
			solutionId,
			title: 'Matrix milestone',
			plannedStart: milestoneBody.plannedStart,
			plannedEnd: milestoneBody.plannedEnd
		})
		.returning();
	milestoneId = milestone?.id ?? '';
});

afterAll(async () => {
	await database.close();
});

describe('authorization of the roadmap', () => {
	for (const row of rows) {
		it(`${row.method} ${row.path}`, async () => {
			const path = row.path
				.replace('{slug}', fixture.territory.slug)
				.replace('{otherSlug}', fixture.otherTerritory.slug)
				.replace('{solutionId}', solutionId)
				.replace('{milestoneId}', milestoneId);
			const statuses: Partial<Record<MatrixRole, number>> = {};
			for (const role of roles) {
				const client = fixture.clients[role];
				const response = row.form
					? await client.postForm(path, (row.body ?? {}) as Record<string, string>)
					: path.startsWith('/api/')
						? await client.json(path, row.method, row.body)
						: await client.request(path, { method: row.method });
				await response.arrayBuffer();
				statuses[role] = response.status;
			}
			expect(statuses).toEqual(row.expect);
		});
	}
});
