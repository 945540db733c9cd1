import type { DbOrTx } from './db/client';

export type PlatformRole = 'admin' | 'moderator';

/** Who is acting. Policies decide from this and the target, never from the route. */
export type Actor =
	| { kind: 'anonymous' }
	| {
			kind: 'user';
			userId: string;
			displayName: string;
			email: string;
			platformRole: PlatformRole | null;
	  }
	/** Start-up tasks such as the demo data; recorded in the audit trail as "system". */
	| { kind: 'system' };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymous: Actor = { kind: 'anonymous' };
export const system: Actor = { kind: 'system' };

/** What every use case receives besides its own options. */
export interface UseCaseContext {
	db: DbOrTx;
	actor: Actor;
	requestId?: string;
	/** Injected clock so tests can travel in time. */
	now?: () => Date;
}

export const clock = (ctx: UseCaseContext): Date => (ctx.now ? ctx.now() : new Date());
