import { type MatrixRow, roleBased, runMatrix } from './support/matrix-runner';

/** Pilot actions × every role (see support/matrix-runner.ts). */
const rows: MatrixRow[] = [
	// Pilot actions: members read; contributors and above scope, edit and change the status;
	// editors and owners delete. Another territory's pilot action is not found (404).
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/pilots',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/pilots/{pilotId}',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/pilots/{pilotId}',
		expect: { ...roleBased(404, 404, 404, 404), otherOwner: 404, admin: 404 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/pilots',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/pilots/new',
		expect: { ...roleBased(403, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/pilots/new',
		form: true,
		body: {
			title: 'Complaints hotline',
			areaLevel: 'city',
			sectorLevel: 'administration',
			amplitude: 'specific-problem',
			lever: 'communication'
		},
		expect: { ...roleBased(403, 303, 303, 303), anonymous: 303, otherOwner: 404, admin: 303 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/pilots/{pilotId}',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/pilots/{pilotId}/edit',
		expect: { ...roleBased(403, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/pilots/{pilotId}?/status',
		form: true,
		// A version nobody has: allowed callers are told someone saved meanwhile (409).
		body: { status: 'testing', lessons: '', version: '999' },
		expect: { ...roleBased(403, 409, 409, 409), anonymous: 303, otherOwner: 404, admin: 409 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/pilots/{pilotId}/delete',
		expect: { ...roleBased(403, 403, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{otherSlug}/pilots/{pilotId}/delete',
		form: true,
		expect: { ...roleBased(404, 404, 404, 404), anonymous: 303, otherOwner: 404, admin: 404 }
	}
];

runMatrix('authorization: pilot actions', rows);
