import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../../src/lib/server/platform/db/client';
import { buildMatrixFixture, type MatrixFixture, type MatrixRole, roles } from './matrix-fixture';
import { openE2eDatabase } from './session';

/**
 * One row of an authorization matrix: a route × every role → the status it must answer.
 * `{slug}` is the fixture territory (where viewer…owner are members); `{otherSlug}`
 * belongs to `otherOwner`; other `{names}` come from the file's own fixture.
 * Pages that need an account redirect anonymous visitors to sign in (303).
 */
export interface MatrixRow {
	method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
	path: string;
	/** JSON body for API rows; form fields for page rows (`form: true`). */
	body?: unknown;
	form?: boolean;
	expect: Record<MatrixRole, number>;
}

export const everyone = (status: number): Record<MatrixRole, number> =>
	Object.fromEntries(roles.map((role) => [role, status])) as Record<MatrixRole, number>;

export const signedIn = (anonymous: number, user: number): Record<MatrixRole, number> => ({
	...everyone(user),
	anonymous
});

/** viewer, contributor, editor, owner of `{slug}`; anonymous gets 401 (API). */
export const roleBased = (
	viewer: number,
	contributor: number,
	editor: number,
	owner: number
): Omit<Record<MatrixRole, number>, 'otherOwner' | 'admin'> => ({
	anonymous: 401,
	viewer,
	contributor,
	editor,
	owner
});

/**
 * Runs `rows` against the e2e server, one test per row, each role through its own
 * signed-in client. `extra` may add rows of its own to the fixture (ids of solutions,
 * risks...) and return the `{names}` they fill in paths.
 */
export function runMatrix(
	title: string,
	rows: readonly MatrixRow[],
	extra: (database: Database, fixture: MatrixFixture) => Promise<Record<string, string>> = () =>
		Promise.resolve({})
): void {
	let database: Database;
	let fixture: MatrixFixture;
	let names: Record<string, string> = {};

	beforeAll(async () => {
		database = openE2eDatabase(inject('e2eDatabaseUrl'));
		fixture = await buildMatrixFixture(database, inject('baseUrl'));
		names = {
			slug: fixture.territory.slug,
			otherSlug: fixture.otherTerritory.slug,
			pilotId: fixture.pilotId,
			...(await extra(database, fixture))
		};
	});

	afterAll(async () => {
		await database.close();
	});

	describe(title, () => {
		for (const row of rows) {
			it(`${row.method} ${row.path}`, async () => {
				const path = row.path.replace(/\{(\w+)\}/g, (whole, name: string) => names[name] ?? whole);
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
}
