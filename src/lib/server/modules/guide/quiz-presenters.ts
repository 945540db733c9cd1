import { localizeHref } from '$lib/paraglide/runtime';
import type { ContentLocale } from './content-schema';
import type { Quiz } from './load-content';
import { renderMarkdown } from './render-markdown';
import type { QuizScore } from './score-quiz';
import { linkResolver, methodOrNotFound, stepPath } from './step-view';

export function presentQuiz(quiz: Quiz, locale: ContentLocale) {
	return {
		id: quiz.id,
		methodId: quiz.methodId,
		title: quiz.title[locale],
		intro: quiz.intro[locale],
		maxScore: quiz.questions.length,
		questions: quiz.questions.map((question) => ({
			id: question.id,
			prompt: question.prompt[locale],
			options: question.options.map((option) => ({ id: option.id, label: option.label[locale] }))
		}))
	};
}

/** What the page shows after an attempt: score, band, corrections, what to read next. */
export function presentQuizResult(quiz: Quiz, result: QuizScore, locale: ContentLocale) {
	const method = methodOrNotFound(quiz.methodId);
	const resolve = linkResolver(method, locale);
	const band = quiz.bands.find((candidate) => candidate.id === result.bandId);
	const labelOf = (questionId: string, optionId: string) =>
		quiz.questions
			.find((question) => question.id === questionId)
			?.options.find((option) => option.id === optionId)?.label[locale] ?? optionId;
	return {
		score: result.score,
		maxScore: result.maxScore,
		band: {
			id: result.bandId,
			title: band?.title[locale] ?? '',
			advice: band ? renderMarkdown(band.advice[locale], resolve) : '',
			inviteToShare: band?.inviteToShare ?? false
		},
		corrections: result.corrections.map((correction) => {
			const question = quiz.questions.find((candidate) => candidate.id === correction.questionId);
			return {
				questionId: correction.questionId,
				prompt: question?.prompt[locale] ?? '',
				points: correction.points,
				chosen: correction.chosen.map((id) => labelOf(correction.questionId, id)),
				correct: correction.correct.map((id) => labelOf(correction.questionId, id)),
				explanation: question ? renderMarkdown(question.explanation[locale], resolve) : ''
			};
		}),
		recommended: result.recommended.flatMap((id) => {
			const track = method.tracks.find((candidate) => candidate.id === id);
			if (track) {
				return [
					{ id, title: track.title[locale], href: localizeHref(`/guide/${method.id}/tracks/${id}`) }
				];
			}
			const step = method.steps.find((candidate) => candidate.id === id);
			return step
				? [{ id, title: step.title[locale], href: localizeHref(stepPath(method.id, id)) }]
				: [];
		})
	};
}
