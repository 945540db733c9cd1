import { json } from '@sveltejs/kit';
import { currentDatabase } from '$lib/server/platform/db/runtime';
import { logger } from '$lib/server/platform/logger';
import type { RequestHandler } from './$types';

/** 200 when the database answers, 503 otherwise; used by load balancers and CI. */
export const GET: RequestHandler = async () => {
	try {
		await currentDatabase().ping();
		return json({ status: 'ok' });
	} catch (error) {
		logger.error({ err: error }, 'health check failed');
		return json({ status: 'unavailable' }, { status: 503 });
	}
};
