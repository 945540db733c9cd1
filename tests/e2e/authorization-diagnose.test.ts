import { everyone, type MatrixRow, roleBased, runMatrix } from './support/matrix-runner';

/** Assessment rounds, score sharing, member territories and comparisons × every role (see support/matrix-runner.ts). */
const rows: MatrixRow[] = [
	// Assessment rounds API: members read, editors and owners open; input is checked
	// before the caller's role (400), the account first (401).
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/rounds',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/rounds',
		body: { assessmentId: 'cybersecurity', periodStart: '2027-01-01', periodEnd: '2027-03-31' },
		expect: { ...roleBased(403, 403, 201, 201), otherOwner: 404, admin: 201 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/rounds',
		body: { assessmentId: 'cybersecurity' },
		expect: { ...everyone(400), anonymous: 401 }
	},
	// Sharing scores: members read what is shared, owners choose.
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/score-sharing',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'PUT',
		path: '/api/v1/territories/{slug}/score-sharing',
		body: { peers: 'anonymous', withParent: false },
		expect: { ...roleBased(403, 403, 403, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'PUT',
		path: '/api/v1/territories/{slug}/score-sharing',
		body: { peers: 'everyone', withParent: false },
		expect: { ...everyone(400), anonymous: 401 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/assessments?/share',
		form: true,
		body: { form: 'share', peers: 'none' },
		expect: { ...roleBased(403, 403, 403, 303), anonymous: 303, otherOwner: 404, admin: 303 }
	},
	// Member territories side by side: the parent's members read; its editors and owners
	// open rounds in all members (this territory has none: 400).
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/member-scores?assessment=cybersecurity',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/assessments/members',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/member-rounds',
		body: { assessmentId: 'cybersecurity', periodStart: '2027-01-01', periodEnd: '2027-03-31' },
		expect: { ...roleBased(403, 403, 400, 400), otherOwner: 404, admin: 400 }
	},
	// Comparing two rounds: members only; a pair that cannot be compared is explained (200).
	{
		method: 'GET',
		path: '/territories/{slug}/assessments/compare?from=x&to=y',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	// Assessment rounds: members read; editors and owners open (a valid form redirects, 303).
	{
		method: 'GET',
		path: '/territories/{slug}/assessments',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/assessments?/open',
		form: true,
		body: { assessmentId: 'cybersecurity', periodStart: '2027-01-01', periodEnd: '2027-03-31' },
		expect: { ...roleBased(403, 403, 303, 303), anonymous: 303, otherOwner: 404, admin: 303 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/assessments?/open',
		form: true,
		body: { assessmentId: 'cybersecurity', periodStart: '2027-03-31', periodEnd: '2027-01-01' },
		expect: { ...roleBased(403, 403, 400, 400), anonymous: 303, otherOwner: 404, admin: 400 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/worksheets',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions/history',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions/print',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions/download?format=csv',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 401, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{otherSlug}/worksheets/afd-iddri/a4-pilot-actions/download?format=xlsx',
		expect: { ...roleBased(404, 404, 404, 404), anonymous: 401, otherOwner: 200, admin: 200 }
	},
	{
		method: 'POST',
		path: '/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions?/save',
		form: true,
		// A row without its required name: allowed callers get 400 and nothing is saved.
		body: { baseVersion: '0', 'f.actions.0.scope': 'Market street' },
		expect: { ...roleBased(403, 400, 400, 400), anonymous: 303, otherOwner: 404, admin: 400 }
	}
];

runMatrix('authorization: self-assessment rounds', rows);
