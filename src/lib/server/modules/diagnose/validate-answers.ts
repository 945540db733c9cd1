import type { FieldErrors } from '../../platform/errors';
import type { AssessmentFile } from './assessment-schema';
import { unscoredAnswers, type Answers } from './score-answers';

/**
 * Checks one respondent's answers against the assessment: every key a question of it,
 * every value one of its options, "dont-know" or "not-applicable". An empty value means
 * "not answered yet" and is dropped, so a respondent can save part of the questionnaire
 * and come back. Errors are keyed by question id, for the field they belong to.
 */
export function validateAnswers(
	assessment: AssessmentFile,
	raw: Readonly<Record<string, unknown>>
): { answers: Answers; errors: FieldErrors } {
	const questions = new Map(
		assessment.dimensions.flatMap((dimension) => dimension.questions.map((q) => [q.id, q] as const))
	);
	const answers: Record<string, string> = {};
	const errors: FieldErrors = {};
	for (const [questionId, value] of Object.entries(raw)) {
		const question = questions.get(questionId);
		if (!question) {
			errors.form = 'diagnose_error_unknown_question';
			continue;
		}
		if (value === undefined || value === null || value === '') {
			continue;
		}
		const allowed =
			typeof value === 'string' &&
			(question.options.some((option) => option.id === value) ||
				(unscoredAnswers as readonly string[]).includes(value));
		if (allowed) {
			answers[questionId] = value;
		} else {
			errors[questionId] = 'diagnose_error_unknown_option';
		}
	}
	return { answers, errors };
}
