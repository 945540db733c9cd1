import { randomBytes } from 'node:crypto';
import {
	buildUser,
	type BuiltUser
} from '../../../src/lib/server/modules/accounts/testing/factories';
import { type Database, openPostgres } from '../../../src/lib/server/platform/db/client';

/** The database the e2e server runs on, for fixtures and for reading the mail outbox. */
export function openE2eDatabase(url: string): Database {
	return openPostgres(url, 4);
}

/** A distinct client address per caller, since sign-in limits are per address. */
export function clientAddress(): string {
	const bytes = randomBytes(3);
	return `10.${bytes[0] ?? 0}.${bytes[1] ?? 0}.${bytes[2] ?? 0}`;
}

/** An HTTP client with one cookie jar (the session), as a browser without JS would be. */
export class HttpClient {
	private cookie = '';
	readonly ip = clientAddress();

	constructor(private readonly baseUrl: string) {}

	get sessionCookie(): string {
		return this.cookie;
	}

	async request(path: string, init: RequestInit = {}): Promise<Response> {
		const headers = new Headers(init.headers);
		headers.set('x-forwarded-for', this.ip);
		// SvelteKit refuses cross-site form posts: a browser would send its origin.
		headers.set('origin', this.baseUrl);
		if (!headers.has('accept')) {
			// As a browser: SvelteKit answers form posts with JSON to anything else.
			headers.set('accept', 'text/html,application/xhtml+xml');
		}
		if (this.cookie) {
			headers.set('cookie', this.cookie);
		}
		const response = await fetch(this.baseUrl + path, { ...init, headers, redirect: 'manual' });
		for (const setCookie of response.headers.getSetCookie()) {
			const [pair] = setCookie.split(';');
			if (pair?.startsWith('territoria_session=')) {
				this.cookie = /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie) ? '' : pair;
			}
		}
		return response;
	}

	/** Posts a form as a browser without JavaScript does. */
	postForm(path: string, fields: Record<string, string | string[]>): Promise<Response> {
		const body = new URLSearchParams();
		for (const [name, value] of Object.entries(fields)) {
			for (const item of Array.isArray(value) ? value : [value]) {
				body.append(name, item);
			}
		}
		return this.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		});
	}

	json(path: string, method: string, body?: unknown): Promise<Response> {
		return this.request(path, {
			method,
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	async signIn(email: string, password: string): Promise<void> {
		const response = await this.postForm('/sign-in', { email, password });
		if (response.status !== 303 || !this.cookie) {
			throw new Error(`Sign-in failed for ${email}: ${response.status}`);
		}
	}
}

/** A user created in the e2e database and a client signed in as them. */
export async function signedInUser(
	database: Database,
	baseUrl: string,
	overrides: Parameters<typeof buildUser>[1] = {}
): Promise<BuiltUser & { client: HttpClient }> {
	const built = await buildUser(database.db, overrides);
	const client = new HttpClient(baseUrl);
	await client.signIn(built.user.email, built.password);
	return { ...built, client };
}
