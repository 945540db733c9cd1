import type { Actor } from '$lib/server/platform/actor';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			actor: Actor;
			/** Set when the actor came from a browser session (not from an API token). */
			sessionId: string | null;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
