import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { solutionsTable } from '../../src/lib/server/modules/roadmap/solution-schema';
import { risksTable } from '../../src/lib/server/modules/risks/schema';
import type { Database } from '../../src/lib/server/platform/db/client';
import {
	buildMatrixFixture,
	type MatrixFixture,
	type MatrixRole,
	roles
} from './support/matrix-fixture';
import { openE2eDatabase } from './support/session';

/**
 * The risk register's routes × every role → the status each must answer. `{slug}` is the
 * fixture territory; `{otherSlug}` belongs to `otherOwner`; `{riskId}` is an open risk of
 * `{slug}` and `{closedRiskId}` a closed one. Requests that would change a risk carry a
 * version nobody has, so allowed callers get 409 and the rows stay as they are.
 */
interface Row {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	body?: unknown;
	form?: boolean;
	expect: Record<MatrixRole, number>;
}

const everyone = (status: number): Record<MatrixRole, number> =>
	Object.fromEntries(roles.map((role) => [role, status])) as Record<MatrixRole, number>;

/** viewer, contributor, editor, owner of `{slug}`, then admin; otherOwner is always 404. */
const api = (
	viewer: number,
	contributor: number,
	editor: number,
	owner: number,
	admin: number
) => ({
	anonymous: 401,
	viewer,
	contributor,
	editor,
	owner,
	otherOwner: 404,
	admin
});
/** The same for pages: anonymous visitors are sent to sign in. */
const page = (
	viewer: number,
	contributor: number,
	editor: number,
	owner: number,
	admin: number
) => ({
	...api(viewer, contributor, editor, owner, admin),
	anonymous: 303
});
const sheet = { likelihood: 3, impact: 3, version: 999 };

const rows: Row[] = [
	// The taxonomy is public.
	{ method: 'GET', path: '/risks/taxonomy', expect: everyone(200) },
	{ method: 'GET', path: '/fr/risks/taxonomy', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/risk-taxonomy?lang=fr', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/risk-taxonomy?lang=de', expect: everyone(400) },
	// API
	{ method: 'GET', path: '/api/v1/territories/{slug}/risks', expect: api(200, 200, 200, 200, 200) },
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/risks',
		expect: { ...api(404, 404, 404, 404, 200), otherOwner: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/risks?pilotActionId={pilotId}',
		expect: api(200, 200, 200, 200, 200)
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/risks',
		body: {
			pilotActionId: '{pilotId}',
			taxonomyRiskId: 'trust-low-uptake',
			likelihood: 2,
			impact: 2
		},
		expect: api(403, 201, 201, 201, 201)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/risks/{riskId}',
		expect: api(200, 200, 200, 200, 200)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/risks/{riskId}',
		expect: { ...api(404, 404, 404, 404, 404), otherOwner: 404 }
	},
	{
		method: 'PUT',
		path: '/api/v1/territories/{slug}/risks/{riskId}',
		body: sheet,
		expect: api(403, 409, 409, 409, 409)
	},
	{
		method: 'DELETE',
		path: '/api/v1/territories/{slug}/risks/00000000-0000-4000-8000-000000000000',
		expect: api(403, 403, 404, 404, 404)
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/risks/{riskId}/acceptance',
		body: { rationale: 'Acceptable', version: 999 },
		expect: api(403, 403, 409, 409, 409)
	},
	{
		method: 'DELETE',
		path: '/api/v1/territories/{slug}/risks/{riskId}/acceptance',
		body: {},
		expect: api(403, 403, 409, 409, 409)
	},
	// Pages
	{ method: 'GET', path: '/territories/{slug}/risks', expect: page(200, 200, 200, 200, 200) },
	{ method: 'GET', path: '/fr/territories/{slug}/risks', expect: page(200, 200, 200, 200, 200) },
	{
		method: 'GET',
		path: '/territories/{slug}/risks?pilot={pilotId}&scores=residual',
		expect: page(200, 200, 200, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks?solution=00000000-0000-4000-8000-000000000000',
		expect: page(404, 404, 404, 404, 404)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/new?pilot={pilotId}',
		expect: page(403, 200, 200, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/new?solution={solutionId}',
		expect: page(403, 200, 200, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/new?solution={otherSolutionId}',
		expect: page(403, 404, 404, 404, 404)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/{riskId}',
		expect: page(200, 200, 200, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{otherSlug}/risks/{riskId}',
		expect: { ...page(404, 404, 404, 404, 404), otherOwner: 404 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/{riskId}/edit',
		expect: page(403, 200, 200, 200, 200)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{riskId}/edit',
		form: true,
		body: { likelihood: '3', impact: '3', version: '999' },
		expect: page(403, 409, 409, 409, 409)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/risks/{riskId}/delete',
		expect: page(403, 403, 200, 200, 200)
	},
	{
		method: 'POST',
		path: '/territories/{otherSlug}/risks/{riskId}/delete',
		form: true,
		expect: page(404, 404, 404, 404, 404)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{riskId}?/accept',
		form: true,
		body: { rationale: 'Acceptable', version: '999' },
		expect: page(403, 403, 409, 409, 409)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{riskId}?/revoke',
		form: true,
		body: { rationale: '', version: '999' },
		expect: page(403, 403, 409, 409, 409)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{riskId}?/state',
		form: true,
		body: { event: 'close', version: '999' },
		expect: page(403, 409, 409, 409, 409)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{closedRiskId}?/addAction',
		form: true,
		body: { description: 'Ask again', dueOn: '' },
		expect: page(403, 409, 409, 409, 409)
	},
	{
		method: 'POST',
		path: '/territories/{slug}/risks/{riskId}?/completeAction',
		form: true,
		body: { actionId: '00000000-0000-4000-8000-000000000000', doneOn: '' },
		expect: page(403, 404, 404, 404, 404)
	}
];

let database: Database;
let fixture: MatrixFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
	fixture = await buildMatrixFixture(database, inject('baseUrl'));
	const solutions = await database.db
		.insert(solutionsTable)
		.values([
			{
				territoryId: fixture.territory.id,
				title: 'Matrix solution',
				startsOn: '2026-01-01',
				endsOn: '2026-12-31'
			},
			{
				territoryId: fixture.otherTerritory.id,
				title: 'Other solution',
				startsOn: '2026-01-01',
				endsOn: '2026-12-31'
			}
		])
		.returning({ id: solutionsTable.id });
	ids.solutionId = solutions[0]?.id ?? '';
	ids.otherSolutionId = solutions[1]?.id ?? '';
	const risks = await database.db
		.insert(risksTable)
		.values(
			(['open', 'closed'] as const).map((state) => ({
				territoryId: fixture.territory.id,
				solutionId: ids.solutionId,
				macroChallengeId: 'trust',
				taxonomyRiskId: 'trust-weak-adhesion',
				likelihood: 3,
				impact: 4,
				state
			}))
		)
		.returning({ id: risksTable.id });
	ids.riskId = risks[0]?.id ?? '';
	ids.closedRiskId = risks[1]?.id ?? '';
	ids.pilotId = fixture.pilotId;
});

afterAll(async () => {
	await database.close();
});

const fill = (text: string): string =>
	text
		.replace('{slug}', fixture.territory.slug)
		.replace('{otherSlug}', fixture.otherTerritory.slug)
		.replace(/\{(\w+)\}/g, (whole, name: string) => ids[name] ?? whole);

describe('authorization of the risk register', () => {
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
});
