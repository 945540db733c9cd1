import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contextFor } from '../../src/lib/server/modules/accounts/testing/factories';
import { createApiToken } from '../../src/lib/server/modules/accounts/create-api-token';
import { revokeApiToken } from '../../src/lib/server/modules/accounts/revoke-api-token';
import { createIndicator } from '../../src/lib/server/modules/indicators/create-indicator';
import {
	buildSolution,
	indicatorInput
} from '../../src/lib/server/modules/indicators/testing/factories';
import { system } from '../../src/lib/server/platform/actor';
import type { Database } from '../../src/lib/server/platform/db/client';
import { addMember } from '../../src/lib/server/modules/territories/testing/factories';
import {
	buildMatrixFixture,
	type MatrixFixture,
	type MatrixRole,
	roles
} from './support/matrix-fixture';
import { openE2eDatabase, signedInUser } from './support/session';

/**
 * The indicators' routes × every role. `{slug}` is the fixture territory, `{otherSlug}`
 * belongs to `otherOwner`; `{solutionId}` and `{indicatorId}` are of `{slug}`. Reading is
 * for members (plan.view), writing for contributors and above, deleting for editors and
 * owners; admins all; another territory's owner gets 404 everywhere.
 */
interface Row {
	method: 'GET' | 'POST';
	path: string;
	body?: unknown;
	form?: boolean;
	expect: Record<MatrixRole, number>;
}

const everyone = (status: number): Record<MatrixRole, number> =>
	Object.fromEntries(roles.map((role) => [role, status])) as Record<MatrixRole, number>;
const byRole = (
	anonymous: number,
	[viewer, contributor, editor, owner]: [number, number, number, number],
	admin: number
): Record<MatrixRole, number> => ({
	anonymous,
	viewer,
	contributor,
	editor,
	owner,
	otherOwner: 404,
	admin
});
const read = (anonymous: number) => byRole(anonymous, [200, 200, 200, 200], 200);
const edit = (anonymous: number, ok = 200) => byRole(anonymous, [403, ok, ok, ok], ok);

const page = '/territories/{slug}/indicators';
const api = '/api/v1/territories/{slug}/indicators';

const rows: Row[] = [
	{ method: 'GET', path: '/indicators', expect: everyone(200) },
	{ method: 'GET', path: '/fr/indicators', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/indicator-library?lang=fr', expect: everyone(200) },
	{ method: 'GET', path: page, expect: read(303) },
	{ method: 'GET', path: `/fr${page}?solution={solutionId}`, expect: read(303) },
	{ method: 'GET', path: `${page}/new?solution={solutionId}`, expect: edit(303) },
	{ method: 'GET', path: `${page}/new?pilot={pilotId}`, expect: edit(303) },
	{ method: 'GET', path: `${page}/{indicatorId}`, expect: read(303) },
	{ method: 'GET', path: `${page}/{indicatorId}/edit`, expect: edit(303) },
	{ method: 'GET', path: `${page}/{indicatorId}/import`, expect: edit(303) },
	{
		method: 'GET',
		path: `${page}/{indicatorId}/delete`,
		expect: byRole(303, [403, 403, 200, 200], 200)
	},
	{ method: 'GET', path: `${page}/{indicatorId}/export`, expect: read(401) },
	// An indicator under another territory's address is not found, whoever asks.
	{
		method: 'GET',
		path: '/territories/{otherSlug}/indicators/{indicatorId}',
		expect: { ...everyone(404), anonymous: 303 }
	},
	{
		method: 'POST',
		path: '/territories/{otherSlug}/indicators/{indicatorId}/delete',
		form: true,
		expect: { ...everyone(404), anonymous: 303 }
	},
	// A measurement dated in the future: refused (400) once allowed, nothing written.
	{
		method: 'POST',
		path: `${page}/{indicatorId}`,
		form: true,
		body: { value: '12', measuredOn: '2099-01-01', source: '' },
		expect: edit(303, 400)
	},
	{ method: 'GET', path: api, expect: read(401) },
	{
		method: 'POST',
		path: api,
		body: {
			solutionId: '{solutionId}',
			title: 'Matrix indicator',
			family: 'social-inclusion',
			unit: 'users',
			valueKind: 'count',
			direction: 'higher',
			frequency: 'yearly'
		},
		expect: edit(401, 201)
	},
	{ method: 'GET', path: `${api}/{indicatorId}/measurements`, expect: read(401) },
	{
		method: 'POST',
		path: `${api}/{indicatorId}/measurements`,
		body: { value: 30, measuredOn: '2025-06-30', source: 'Matrix' },
		expect: edit(401, 201)
	},
	{
		method: 'POST',
		path: `${api}/{indicatorId}/measurements/import`,
		body: { csv: 'date,value,source\n2025-09-30,31,Matrix\n' },
		expect: edit(401, 200)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/indicators/{indicatorId}/measurements',
		expect: { ...everyone(404), anonymous: 401 }
	}
];

let database: Database;
let fixture: MatrixFixture;
let solutionId: string;
let indicatorId: string;

beforeAll(async () => {
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
	fixture = await buildMatrixFixture(database, inject('baseUrl'));
	const territory = { ...fixture.territory } as Parameters<typeof buildSolution>[1]['territory'];
	const solution = await buildSolution(database.db, { territory });
	solutionId = solution.id;
	const created = await createIndicator(
		contextFor(database.db, system),
		indicatorInput(territory, solution)
	);
	indicatorId = created.indicator.id;
});

afterAll(async () => {
	await database.close();
});

const fill = (text: string): string =>
	text
		.replace('{slug}', fixture.territory.slug)
		.replace('{otherSlug}', fixture.otherTerritory.slug)
		.replace('{pilotId}', fixture.pilotId)
		.replace('{solutionId}', solutionId)
		.replace('{indicatorId}', indicatorId);

describe('authorization of the indicators', () => {
	for (const row of rows) {
		it(`${row.method} ${row.path}`, async () => {
			const path = fill(row.path);
			const body =
				row.body === undefined
					? undefined
					: (JSON.parse(fill(JSON.stringify(row.body))) as unknown);
			const statuses: Partial<Record<MatrixRole, number>> = {};
			for (const role of roles) {
				const client = fixture.clients[role];
				const response = row.form
					? await client.postForm(path, (body ?? {}) as Record<string, string>)
					: path.startsWith('/api/')
						? await client.json(path, row.method, body)
						: await client.request(path, { method: row.method });
				await response.arrayBuffer();
				statuses[role] = response.status;
			}
			expect(statuses).toEqual(row.expect);
		});
	}

	it('accepts a push with a personal API token, and refuses it once revoked (401)', async () => {
		const member = await signedInUser(database, inject('baseUrl'));
		await addMember(database.db, {
			territory: { ...fixture.territory } as Parameters<typeof addMember>[1]['territory'],
			userId: member.user.id,
			role: 'contributor'
		});
		const ctx = contextFor(database.db, member.actor);
		const { token, apiToken } = await createApiToken(ctx, { name: 'Sensor', expiresInDays: 30 });
		const push = (value: unknown) =>
			fetch(`${inject('baseUrl')}${fill(`${api}/{indicatorId}/measurements`)}`, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					accept: 'application/json'
				},
				body: JSON.stringify(value)
			});
		const pushed = await push([
			{ value: 44, measuredOn: '2026-01-31', source: 'Sensor' },
			{ value: 45.5, measuredOn: '2026-02-28', source: 'Sensor' }
		]);
		expect(pushed.status).toBe(201);
		expect(await pushed.json()).toEqual({ added: 2, corrected: 0, unchanged: 0 });
		const refused = await push({ value: 101, measuredOn: '2026-02-30' });
		expect(refused.status).toBe(400);
		const refusedBody = (await refused.json()) as { error: { fields: Record<string, string> } };
		expect(Object.keys(refusedBody.error.fields).sort()).toEqual(['measuredOn', 'value']);
		await revokeApiToken(ctx, { id: apiToken.id });
		const revoked = await push({ value: 46, measuredOn: '2026-03-31' });
		expect(revoked.status).toBe(401);
		await revoked.arrayBuffer();
	});
});
