import type { RequestEvent } from '@sveltejs/kit';
import type { UseCaseContext } from '../actor';
import { db } from '../db/runtime';

/** The use case context of a request: the app's database, the actor, the request id. */
export function useCaseContext(event: Pick<RequestEvent, 'locals'>): UseCaseContext {
	return { db: db(), actor: event.locals.actor, requestId: event.locals.requestId };
}
