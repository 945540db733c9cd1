import { contentLocale } from '$lib/server/modules/guide/locale';
import { listQuizAttempts } from '$lib/server/modules/guide/list-quiz-attempts';
import { presentQuiz, presentQuizResult } from '$lib/server/modules/guide/quiz-presenters';
import { quizOrNotFound, takeQuiz } from '$lib/server/modules/guide/take-quiz';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const quiz = quizOrNotFound(event.params.method, event.params.quiz);
		const attempts = await listQuizAttempts(useCaseContext(event), {
			methodId: quiz.methodId,
			quizId: quiz.id
		});
		return {
			quiz: presentQuiz(quiz, contentLocale()),
			attempts: attempts.map((attempt) => ({ ...attempt, at: attempt.at.toISOString() }))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const answers: Record<string, string[]> = {};
		for (const key of new Set(formData.keys())) {
			answers[key] = formData
				.getAll(key)
				.filter((value): value is string => typeof value === 'string');
		}
		try {
			const quiz = quizOrNotFound(event.params.method, event.params.quiz);
			const result = await takeQuiz(useCaseContext(event), {
				methodId: quiz.methodId,
				quizId: quiz.id,
				answers
			});
			return { result: presentQuizResult(quiz, result, contentLocale()) };
		} catch (error) {
			return failFromError(error, answers);
		}
	}
};
