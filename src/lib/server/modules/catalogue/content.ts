import { config } from '../../platform/config';
import { logger } from '../../platform/logger';
import { ContentError } from '../guide/content';
import type { Method } from '../guide/load-content';
import { loadPractices, type ShippedPractice } from './load-practices';

let loaded: ShippedPractice[] | undefined;

/**
 * Loads the shipped practices once, after the guide (their guide steps are checked
 * against it). Invalid files stop the server at start, as invalid guide content does.
 */
export async function startCatalogueContent(
	methods: readonly Method[],
	dir = config().TERRITORIA_CONTENT_DIR
): Promise<ShippedPractice[]> {
	if (loaded) {
		return loaded;
	}
	const { practices, problems } = await loadPractices(dir, methods);
	if (problems.length > 0) {
		throw new ContentError(problems);
	}
	loaded = practices;
	logger.info({ practices: practices.length }, 'practices loaded');
	return loaded;
}
