import { json } from '@sveltejs/kit';
import { currentDatabase } from '$lib/server/platform/db/runtime';
import { logger } from '$lib/server/platform/logger';
import { searchWarmed } from '$lib/server/modules/catalogue/warm-search';
import type { RequestHandler } from './$types';

/**
 * 200 when the database answers, 503 otherwise; used by load balancers and CI. `search`
 * says whether the catalogue's in-memory indexes are built yet ("warming" right after a
 * start: searches still work, the first ones slower).
 */
export const GET: RequestHandler = async () => {
	try {
		const database = currentDatabase();
		await database.ping();
		return json({ status: 'ok', search: searchWarmed(database.db) ? 'ready' : 'warming' });
	} catch (error) {
		logger.error({ err: error }, 'health check failed');
		return json({ status: 'unavailable' }, { status: 503 });
	}
};
