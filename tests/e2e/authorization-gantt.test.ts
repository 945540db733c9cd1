import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	buildMilestone,
	buildSolution
} from '../../src/lib/server/modules/roadmap/gantt/testing/factories';
import { createApiToken } from '../../src/lib/server/modules/accounts/create-api-token';
import {
	addMember,
	buildTerritory
} from '../../src/lib/server/modules/territories/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import {
	buildMatrixFixture,
	type MatrixFixture,
	type MatrixRole,
	roles
} from './support/matrix-fixture';
import { HttpClient, openE2eDatabase, signedInUser } from './support/session';

/**
 * The Gantt chart's routes × every role. Members of any role read the chart and its
 * files; contributors and above import; another territory's owner is told nothing
 * exists (404). Pages send visitors to sign in (303); files and the API answer 401.
 */
interface Row {
	method: 'GET' | 'POST';
	path: string;
	/** A CSV file: sent as the body (API) or as the form's file (page). */
	csv?: string;
	form?: boolean;
	expect: Record<MatrixRole, number>;
}

const header =
	'solution,milestone,planned_start,planned_end,actual_start,actual_end,status,weight,responsible,depends_on';
const goodCsv = `${header}\nMatrix solution,Imported milestone,2026-02-01,2026-02-28,,,,2,,Matrix milestone\n`;
const badCsv = `${header}\nMatrix solution,Bad milestone,31/02/2026,2026-02-28,,,,"1,5",,\n`;

const members = (
	anonymous: number,
	viewer: number,
	contributor: number
): Record<MatrixRole, number> => ({
	anonymous,
	viewer,
	contributor,
	editor: contributor,
	owner: contributor,
	otherOwner: 404,
	admin: contributor
});

const rows: Row[] = [
	{ method: 'GET', path: '/territories/{slug}/roadmap/gantt', expect: members(303, 200, 200) },
	{
		method: 'GET',
		path: '/fr/territories/{slug}/roadmap/gantt?scale=month',
		expect: members(303, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/roadmap/gantt?solution={otherSolutionId}',
		expect: { ...members(303, 404, 404) }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/roadmap/gantt.svg?scale=year',
		expect: members(401, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/roadmap/milestones.ics',
		expect: members(401, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{slug}/roadmap/milestones.csv',
		expect: members(401, 200, 200)
	},
	{
		method: 'GET',
		path: '/territories/{otherSlug}/roadmap/milestones.csv',
		expect: { ...members(401, 404, 404), otherOwner: 200, admin: 200 }
	},
	{ method: 'GET', path: '/territories/{slug}/roadmap/import', expect: members(303, 403, 200) },
	{
		method: 'POST',
		path: '/territories/{slug}/roadmap/import',
		form: true,
		csv: badCsv,
		expect: members(303, 403, 400)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/roadmap/gantt.svg?lang=fr',
		expect: members(401, 200, 200)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/roadmap/gantt.svg?scale=weeks',
		expect: { ...members(401, 400, 400), otherOwner: 400 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/roadmap/gantt.svg',
		expect: { ...members(401, 404, 404), otherOwner: 200, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/roadmap/milestones.ics',
		expect: members(401, 200, 200)
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/roadmap/milestones.csv',
		expect: members(401, 200, 200)
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/roadmap/milestones.csv',
		csv: badCsv,
		expect: members(401, 403, 400)
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/roadmap/milestones.csv',
		csv: goodCsv,
		expect: members(401, 403, 200)
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{otherSlug}/roadmap/milestones.csv',
		csv: goodCsv,
		// There, the solution named is unknown: the file is refused.
		expect: { ...members(401, 404, 404), otherOwner: 400, admin: 400 }
	}
];

let database: Database;
let fixture: MatrixFixture;
let otherSolutionId: string;

beforeAll(async () => {
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
	fixture = await buildMatrixFixture(database, inject('baseUrl'));
	const territory = { ...fixture.territory } as Parameters<typeof buildSolution>[1]['territory'];
	const solution = await buildSolution(database.db, {
		territory,
		title: 'Matrix solution',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31'
	});
	await buildMilestone(database.db, {
		solution,
		title: 'Matrix milestone',
		plannedStart: '2026-01-05',
		plannedEnd: '2026-01-20'
	});
	const other = await buildSolution(database.db, {
		territory: { ...fixture.otherTerritory } as typeof territory,
		title: 'Other solution'
	});
	otherSolutionId = other.id;
});

afterAll(async () => {
	await database.close();
});

function send(client: HttpClient, row: Row, path: string): Promise<Response> {
	if (row.form) {
		const body = new FormData();
		body.append('file', new Blob([row.csv ?? ''], { type: 'text/csv' }), 'milestones.csv');
		return client.request(path, { method: 'POST', body });
	}
	if (row.csv !== undefined) {
		return client.request(path, {
			method: 'POST',
			headers: { 'content-type': 'text/csv', accept: 'application/json' },
			body: row.csv
		});
	}
	return client.request(path, { method: row.method });
}

describe('authorization of the Gantt chart, its files and the milestone import', () => {
	for (const row of rows) {
		it(`${row.method} ${row.path}${row.csv === badCsv ? ' (bad file)' : ''}`, async () => {
			const path = row.path
				.replace('{slug}', fixture.territory.slug)
				.replace('{otherSlug}', fixture.otherTerritory.slug)
				.replace('{otherSolutionId}', otherSolutionId);
			const statuses: Partial<Record<MatrixRole, number>> = {};
			for (const role of roles) {
				const response = await send(fixture.clients[role], row, path);
				await response.arrayBuffer();
				statuses[role] = response.status;
			}
			expect(statuses).toEqual(row.expect);
		});
	}
});

describe('the Gantt API with a personal API token', () => {
	it('sends the SVG and the calendar, and lists a refused file by row and column', async () => {
		const baseUrl = inject('baseUrl');
		const territory = await buildTerritory(database.db);
		const member = await signedInUser(database, baseUrl);
		await addMember(database.db, { territory, userId: member.user.id, role: 'contributor' });
		await buildSolution(database.db, {
			territory,
			title: 'Matrix solution',
			startsOn: '2026-01-01',
			endsOn: '2026-12-31'
		});
		const { token } = await createApiToken(
			{ db: database.db, actor: member.actor, requestId: 'gantt-e2e' },
			{ name: 'Reports', expiresInDays: 7 }
		);
		const client = new HttpClient(baseUrl);
		const base = `/api/v1/territories/${territory.slug}/roadmap`;
		const auth = { authorization: `Bearer ${token}` };

		const svg = await client.request(`${base}/gantt.svg?scale=month&lang=fr`, { headers: auth });
		expect(svg.status).toBe(200);
		expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(await svg.text()).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		const ics = await client.request(`${base}/milestones.ics`, { headers: auth });
		expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(await ics.text()).toContain('BEGIN:VCALENDAR\r\n');

		const refused = await client.request(`${base}/milestones.csv`, {
			method: 'POST',
			headers: { ...auth, 'content-type': 'text/csv', accept: 'application/json' },
			body: badCsv
		});
		expect(refused.status).toBe(400);
		const body = (await refused.json()) as {
			error: { code: string; problems: { row: number; column: string; message: string }[] };
		};
		expect(body.error.code).toBe('validation');
		expect(body.error.problems.map((p) => [p.row, p.column])).toEqual([
			[2, 'planned_start'],
			[2, 'weight']
		]);
		expect(body.error.problems[1]?.message).toContain('is not a whole number');

		const imported = await client.request(`${base}/milestones.csv`, {
			method: 'POST',
			headers: { ...auth, 'content-type': 'text/csv', accept: 'application/json' },
			body: `${header}\nMatrix solution,Kick-off,2026-01-05,2026-01-09,,,,,,\n`
		});
		expect(await imported.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
	});
});
