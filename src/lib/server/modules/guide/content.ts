import { config } from '../../platform/config';
import { logger } from '../../platform/logger';
import type { ContentProblem } from './content-problems';
import { loadContent, type Method } from './load-content';

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`Invalid content (run npm run content:check):\n${problems
				.slice(0, 20)
				.map((p) => `  - ${p.file}:${p.line}:${p.column} ${p.message}`)
				.join('\n')}`
		);
		this.name = 'ContentError';
	}
}

export interface GuideContent {
	methods: Method[];
}

let loaded: GuideContent | undefined;

/**
 * Loads the content directory once. Invalid content stops the server at start, as a bad
 * setting does: a half-loaded method would show pages with holes.
 */
export async function startGuideContent(
	dir = config().TERRITORIA_CONTENT_DIR
): Promise<GuideContent> {
	if (loaded) {
		return loaded;
	}
	const { methods, problems } = await loadContent(dir);
	if (problems.length > 0) {
		throw new ContentError(problems);
	}
	loaded = { methods };
	logger.info({ methods: methods.length }, 'content loaded');
	return loaded;
}

export function guideContent(): GuideContent {
	if (!loaded) {
		throw new Error('Content is not loaded: startGuideContent() runs in the init hook.');
	}
	return loaded;
}
