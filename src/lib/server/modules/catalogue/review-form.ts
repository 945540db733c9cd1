import { fieldText, type FormValues } from '../../platform/http/form';
import type { ReviewInput } from './contribution-input';
import { rubricCriteria } from './types';

/**
 * The review a rubric form describes. A criterion left blank is left out, so publishing
 * reports it as missing; a half-filled one is kept, so its blank part is reported.
 */
export function reviewFromForm(values: FormValues, contributionId: string): ReviewInput {
	const scores: Record<string, { score: string; comment: string }> = {};
	for (const criterion of rubricCriteria) {
		const score = fieldText(values, `scores.${criterion}.score`);
		const comment = fieldText(values, `scores.${criterion}.comment`);
		if (score !== '' || comment !== '') {
			scores[criterion] = { score, comment };
		}
	}
	const evidenceLevel = fieldText(values, 'evidenceLevel');
	return {
		contributionId,
		decision: fieldText(values, 'decision'),
		scores,
		evidenceLevel: evidenceLevel || undefined,
		comment: fieldText(values, 'comment')
	};
}
