import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { deleteSessionCookie, sessionCookieOptions, setSessionCookie } from './session-cookie';
import { sessionCookieName } from './sessions';

function recordingCookies(): { cookies: Cookies; calls: unknown[][] } {
	const calls: unknown[][] = [];
	const cookies = {
		set: (...args: unknown[]) => calls.push(['set', ...args]),
		delete: (...args: unknown[]) => calls.push(['delete', ...args])
	} as unknown as Cookies;
	return { cookies, calls };
}

describe('session cookie', () => {
	const expires = new Date('2030-02-01T00:00:00Z');

	it('is HttpOnly, SameSite=Lax, for the whole site, and expires with the session', () => {
		expect(sessionCookieOptions(new URL('http://localhost:5173/sign-in'), expires)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			expires
		});
	});

	it('is Secure when the site is served over HTTPS', () => {
		expect(sessionCookieOptions(new URL('https://territoria.example/'), expires).secure).toBe(true);
	});

	it('sets the token under territoria_session and deletes it with the same attributes', () => {
		const { cookies, calls } = recordingCookies();
		const url = new URL('https://territoria.example/sign-in');
		setSessionCookie(cookies, { token: 'secret', sessionId: 'hash', expiresAt: expires }, url);
		deleteSessionCookie(cookies, url);
		expect(calls).toEqual([
			['set', sessionCookieName, 'secret', sessionCookieOptions(url, expires)],
			['delete', sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: true }]
		]);
	});
});
