import { everyone, type MatrixRow, roleBased, runMatrix, signedIn } from './support/matrix-runner';

/**
 * Every route of the platform, accounts, territories, guide, catalogue and worksheets ×
 * every role → the status it must answer (see support/matrix-runner.ts). Each later
 * module keeps its rows in its own `authorization-<module>.test.ts`.
 */
const rows: MatrixRow[] = [
	// Public pages
	{ method: 'GET', path: '/', expect: everyone(200) },
	{ method: 'GET', path: '/fr', expect: everyone(200) },
	{ method: 'GET', path: '/healthz', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/openapi.json', expect: everyone(200) },
	{ method: 'GET', path: '/password-reset', expect: everyone(200) },
	// Sign-in and sign-up pages send a signed-in visitor on to their account.
	{ method: 'GET', path: '/sign-in', expect: signedIn(200, 303) },
	{ method: 'GET', path: '/sign-up', expect: signedIn(200, 303) },
	// Account pages
	{ method: 'GET', path: '/account', expect: signedIn(303, 200) },
	{ method: 'GET', path: '/account/tokens', expect: signedIn(303, 200) },
	{ method: 'GET', path: '/account/export', expect: signedIn(303, 200) },
	// Account API
	{ method: 'GET', path: '/api/v1/me', expect: signedIn(401, 200) },
	{ method: 'GET', path: '/api/v1/me/export', expect: signedIn(401, 200) },
	{ method: 'GET', path: '/api/v1/tokens', expect: signedIn(401, 200) },
	{ method: 'POST', path: '/api/v1/tokens', body: { name: '' }, expect: signedIn(401, 400) },
	{
		method: 'POST',
		path: '/api/v1/me/password',
		body: {
			currentPassword: 'wrong password here',
			newPassword: 'x',
			newPasswordConfirmation: 'x'
		},
		expect: signedIn(401, 400)
	},
	// Territories API: details are public, the rest follows the role; another territory's
	// owner is refused everywhere, with 404 so that nothing leaks.
	{ method: 'GET', path: '/api/v1/territories', expect: everyone(200) },
	{ method: 'POST', path: '/api/v1/territories', body: {}, expect: signedIn(401, 400) },
	{ method: 'GET', path: '/api/v1/territories/{slug}', expect: everyone(200) },
	{
		method: 'PATCH',
		path: '/api/v1/territories/{slug}',
		body: { population: 5000 },
		expect: { ...roleBased(403, 403, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'PATCH',
		path: '/api/v1/territories/{otherSlug}',
		body: { population: 6000 },
		expect: { ...roleBased(404, 404, 404, 404), otherOwner: 200, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/members',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/members',
		expect: { ...roleBased(404, 404, 404, 404), otherOwner: 200, admin: 200 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/invitations',
		expect: { ...roleBased(403, 403, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'POST',
		path: '/api/v1/territories/{slug}/invitations',
		body: { email: 'matrix.invitee@example.org', role: 'owner' },
		expect: { ...roleBased(403, 403, 403, 201), otherOwner: 404, admin: 201 }
	},
	{
		method: 'DELETE',
		path: '/api/v1/territories/{slug}/invitations/00000000-0000-4000-8000-000000000000',
		expect: { ...roleBased(403, 403, 404, 404), otherOwner: 404, admin: 404 }
	},
	{
		method: 'PATCH',
		path: '/api/v1/territories/{slug}/members/00000000-0000-4000-8000-000000000000',
		body: { role: 'viewer' },
		expect: { ...roleBased(403, 403, 403, 404), otherOwner: 404, admin: 404 }
	},
	{
		method: 'DELETE',
		path: '/api/v1/territories/{slug}/members/00000000-0000-4000-8000-000000000000',
		expect: { ...roleBased(403, 403, 403, 404), otherOwner: 404, admin: 404 }
	},
	// The other territory's only owner may not leave it; strangers are not members there.
	{
		method: 'POST',
		path: '/api/v1/territories/{otherSlug}/leave',
		expect: { ...roleBased(404, 404, 404, 404), otherOwner: 409, admin: 403 }
	},
	{
		method: 'POST',
		path: '/api/v1/invitations/not-a-real-invitation-token/accept',
		expect: signedIn(401, 404)
	},
	// Territory pages
	{ method: 'GET', path: '/territories', expect: everyone(200) },
	{ method: 'GET', path: '/territories/{slug}', expect: everyone(200) },
	{ method: 'GET', path: '/territories/new', expect: signedIn(303, 200) },
	{
		method: 'GET',
		path: '/territories/{slug}/edit',
		expect: { ...roleBased(403, 403, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{
		method: 'GET',
		path: '/territories/{slug}/members',
		expect: { ...roleBased(200, 200, 200, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	{ method: 'GET', path: '/invitations/not-a-real-invitation-token', expect: everyone(404) },
	{
		method: 'GET',
		path: '/territories/{slug}/audit',
		expect: { ...roleBased(403, 403, 403, 200), anonymous: 303, otherOwner: 404, admin: 200 }
	},
	// The guide is public: reading, searching, the glossary and the quiz need no account.
	{ method: 'GET', path: '/guide', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/a4', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/a4/print', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/tracks/b2', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/tracks/b2/print', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/help', expect: everyone(200) },
	{ method: 'GET', path: '/guide/icc/stage-2', expect: everyone(200) },
	{ method: 'GET', path: '/guide/search?q=data', expect: everyone(200) },
	{ method: 'GET', path: '/guide/glossary', expect: everyone(200) },
	{ method: 'GET', path: '/guide/afd-iddri/quizzes/knowledge', expect: everyone(200) },
	{
		method: 'POST',
		path: '/guide/afd-iddri/quizzes/knowledge',
		form: true,
		body: { q1: '2' },
		expect: everyone(200)
	},
	{ method: 'GET', path: '/guide/afd-iddri/no-such-step', expect: everyone(404) },
	{ method: 'GET', path: '/api/v1/methods', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/methods/icc?lang=fr', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/methods/no-such-method', expect: everyone(404) },
	{
		method: 'POST',
		path: '/api/v1/quizzes/knowledge/attempts',
		body: { answers: { q1: ['2'] } },
		expect: everyone(200)
	},
	// Self-assessments as content: public to read.
	{ method: 'GET', path: '/assessments', expect: everyone(200) },
	{ method: 'GET', path: '/assessments/cybersecurity', expect: everyone(200) },
	{ method: 'GET', path: '/assessments/no-such-assessment', expect: everyone(404) },
	{ method: 'GET', path: '/api/v1/assessments', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/assessments/cybersecurity?lang=fr', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/assessments/no-such-assessment', expect: everyone(404) },
	// The catalogue of practices: reading and searching are public, contributing needs an
	// account, the review queue is for moderators (platform admins count as moderators).
	{ method: 'GET', path: '/practices', expect: everyone(200) },
	{ method: 'GET', path: '/practices/rubric', expect: everyone(200) },
	{ method: 'GET', path: '/practices/lagos-wecyclers', expect: everyone(200) },
	{ method: 'GET', path: '/practices/export.csv', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/practices', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/practices/lagos-wecyclers', expect: everyone(200) },
	{ method: 'GET', path: '/api/v1/practices/no-such-practice', expect: everyone(404) },
	{ method: 'GET', path: '/practices/contribute', expect: signedIn(303, 200) },
	{ method: 'GET', path: '/contributions', expect: signedIn(303, 200) },
	{ method: 'GET', path: '/review', expect: { ...signedIn(303, 403), admin: 200 } },
	// Worksheets are the territory's: members read them, contributors and above write.
	{
		method: 'GET',
		path: '/api/v1/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions',
		expect: { ...roleBased(200, 200, 200, 200), otherOwner: 404, admin: 200 }
	},
	{
		method: 'PUT',
		path: '/api/v1/territories/{slug}/worksheets/afd-iddri/a4-pilot-actions',
		// An unknown field: allowed callers get 400, so the matrix writes nothing.
		body: { baseVersion: 0, answers: { 'no-such-field': 'x' } },
		expect: { ...roleBased(403, 400, 400, 400), otherOwner: 404, admin: 400 }
	},
	{
		method: 'GET',
		path: '/api/v1/territories/{otherSlug}/worksheets/afd-iddri/a4-pilot-actions',
		expect: { ...roleBased(404, 404, 404, 404), otherOwner: 200, admin: 200 }
	},
	// Someone else's (here: nobody's) token is not found, never forbidden: ids are not probed.
	{
		method: 'DELETE',
		path: '/api/v1/tokens/00000000-0000-4000-8000-000000000000',
		expect: signedIn(401, 404)
	}
];

runMatrix('authorization matrix', rows);
