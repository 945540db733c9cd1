import { takeQuizEndpoint } from '$lib/server/modules/guide/api-contracts';
import { quizByIdOrNotFound, takeQuiz } from '$lib/server/modules/guide/take-quiz';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(takeQuizEndpoint, async ({ params, query, body, event }) => {
	const quiz = quizByIdOrNotFound(params.quizId);
	const result = await takeQuiz(useCaseContext(event), {
		methodId: quiz.methodId,
		quizId: quiz.id,
		answers: body.answers
	});
	const band = quiz.bands.find((candidate) => candidate.id === result.bandId);
	return {
		score: result.score,
		maxScore: result.maxScore,
		band: {
			id: result.bandId,
			title: band?.title[query.lang] ?? '',
			advice: band?.advice[query.lang] ?? '',
			inviteToShare: band?.inviteToShare ?? false
		},
		corrections: result.corrections.map((correction) => ({
			...correction,
			explanation:
				quiz.questions.find((question) => question.id === correction.questionId)?.explanation[
					query.lang
				] ?? ''
		})),
		recommendedSteps: result.recommended
	};
});
