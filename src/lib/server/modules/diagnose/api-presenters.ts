import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { ContentLocale } from '../guide/content-schema';
import type { assessmentDetailsSchema, assessmentSummarySchema } from './api-contracts';
import type { AssessmentFile } from './assessment-schema';

export function presentAssessmentSummary(
	assessment: AssessmentFile,
	locale: ContentLocale
): z.input<typeof assessmentSummarySchema> {
	return {
		id: assessment.id,
		title: assessment.title[locale],
		summary: assessment.summary[locale],
		respondents: assessment.respondents[locale],
		guideSteps: assessment.guide,
		dimensions: assessment.dimensions.map((dimension) => ({
			id: dimension.id,
			title: dimension.title[locale],
			questions: dimension.questions.length
		}))
	};
}

export function presentAssessmentDetails(
	assessment: AssessmentFile,
	locale: ContentLocale
): z.input<typeof assessmentDetailsSchema> {
	return {
		...presentAssessmentSummary(assessment, locale),
		sources: assessment.sources?.[locale] ?? null,
		scoring: assessment.scoring[locale],
		unscoredAnswers: [
			{ id: 'dont-know', label: m.diagnose_answer_dont_know({}, { locale }) },
			{ id: 'not-applicable', label: m.diagnose_answer_not_applicable({}, { locale }) }
		],
		levels: assessment.levels.map((level) => ({
			level: level.level,
			from: level.from,
			title: level.title[locale],
			description: level.description[locale]
		})),
		dimensions: assessment.dimensions.map((dimension) => ({
			id: dimension.id,
			title: dimension.title[locale],
			description: dimension.description[locale],
			weight: dimension.weight,
			guideSteps: dimension.guide,
			domains: dimension.domains,
			questions: dimension.questions.map((question) => ({
				id: question.id,
				text: question.text[locale],
				help: question.help?.[locale] ?? null,
				weight: question.weight,
				options: question.options.map((option) => ({
					id: option.id,
					label: option.label[locale],
					score: option.score
				}))
			}))
		}))
	};
}
