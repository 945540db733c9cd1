import { everyone, type MatrixRow, roleBased, runMatrix } from './support/matrix-runner';

/** The ecosystem of stakeholders × every role (see support/matrix-runner.ts). */
const rows: MatrixRow[] = [
	// The ecosystem: members read; contributors and above add and edit; owners and editors
	// import, delete and add categories. Another territory's owner gets 404.
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/stakeholders',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/stakeholders',
		// An unknown category: allowed callers get 400, so the matrix writes nothing.
		body: { name: 'Matrix', category: 'astrologers', influence: 3, interest: 3 },
		expect: { ...roleBased(403, 400, 400, 400), otherOwner: 404, admin: 400 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/stakeholders',
		body: { name: 'Matrix' },
		expect: { ...everyone(400), anonymous: 401 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/stakeholders/00000000-0000-4000-8000-000000000000',
		expect: { ...everyone(404), anonymous: 401 }
	},
	{
		method: 'DELETE',
		path: '/api/v1/territories/{slug}/stakeholders/00000000-0000-4000-8000-000000000000',
		// The right to delete is checked before the stakeholder is looked for.
		expect: { ...roleBased(403, 403, 404, 404), otherOwner: 404, admin: 404 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/ecosystem',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/ecosystem/categories',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/ecosystem/new',
		expect: { ...roleBased(403, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/ecosystem/import',
		expect: { ...roleBased(403, 403, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/ecosystem/export',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 401, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/ecosystem/new',
		form: true,
		body: { name: 'Matrix', category: 'astrologers', influence: '3', interest: '3' },
		expect: { ...roleBased(403, 400, 400, 400), anonymous: 303, otherOwner: 404, admin: 400 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/ecosystem/categories',
		form: true,
		// A key of the guide's own list: allowed callers get 400 and nothing is written.
		body: { key: 'media', label: 'Media' },
		expect: { ...roleBased(403, 403, 400, 400), anonymous: 303, otherOwner: 404, admin: 400 }
	}
];

runMatrix('authorization: ecosystem', rows);
