import type { Cookies } from '@sveltejs/kit';
import { type NewSession, sessionCookieName } from './sessions';

/**
 * The session cookie: out of reach of scripts, not sent on cross-site sub-requests, and
 * `Secure` whenever the site is served over HTTPS (plain HTTP stays usable on localhost).
 */
export function sessionCookieOptions(url: URL, expires: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires
	} as const;
}

export function setSessionCookie(cookies: Cookies, session: NewSession, url: URL): void {
	cookies.set(sessionCookieName, session.token, sessionCookieOptions(url, session.expiresAt));
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	const { expires: _expires, ...options } = sessionCookieOptions(url, new Date(0));
	cookies.delete(sessionCookieName, options);
}
