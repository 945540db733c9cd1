import { config } from '../../platform/config';
import { notFound } from '../../platform/errors';
import { logger } from '../../platform/logger';
import { ContentError } from '../guide/content';
import type { Method } from '../guide/load-content';
import type { AssessmentFile } from './assessment-schema';
import { loadAssessments } from './load-assessments';

let loaded: AssessmentFile[] | undefined;

/**
 * Loads the assessments once, after the guide (their guide steps are checked against it).
 * Invalid files stop the server at start, as invalid guide content does.
 */
export async function startAssessmentContent(
	methods: readonly Method[],
	dir = config().TERRITORIA_CONTENT_DIR
): Promise<AssessmentFile[]> {
	if (loaded) {
		return loaded;
	}
	const { assessments, problems } = await loadAssessments(dir, methods);
	if (problems.length > 0) {
		throw new ContentError(problems);
	}
	loaded = assessments;
	logger.info({ assessments: assessments.length }, 'assessments loaded');
	return loaded;
}

export function assessmentContent(): AssessmentFile[] {
	if (!loaded) {
		throw new Error('Assessments are not loaded: startAssessmentContent() runs in the init hook.');
	}
	return loaded;
}

export function assessmentOrNotFound(id: string): AssessmentFile {
	const assessment = assessmentContent().find((candidate) => candidate.id === id);
	if (!assessment) {
		throw notFound();
	}
	return assessment;
}
