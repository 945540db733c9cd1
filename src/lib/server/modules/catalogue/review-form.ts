import type { FormValues } from '../../platform/http/form';
import type { ReviewInput } from './contribution-input';
import { rubricCriteria } from './types';

const one = (values: FormValues, name: string): string => {
	const value = values[name];
	return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};

/**
 * The review a rubric form describes. A criterion left blank is left out, so publishing
 * reports it as missing; a half-filled one is kept, so its blank part is reported.
 */
export function reviewFromForm(values: FormValues, contributionId: string): ReviewInput {
	const scores: Record<string, { score: string; comment: string }> = {};
	for (const criterion of rubricCriteria) {
		const score = one(values, `scores.${criterion}.score`);
		const comment = one(values, `scores.${criterion}.comment`);
		if (score !== '' || comment !== '') {
			scores[criterion] = { score, comment };
		}
	}
	const evidenceLevel = one(values, 'evidenceLevel');
	return {
		contributionId,
		decision: one(values, 'decision'),
		scores,
		evidenceLevel: evidenceLevel || undefined,
		comment: one(values, 'comment')
	};
}
