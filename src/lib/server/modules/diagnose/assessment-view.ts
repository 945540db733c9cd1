import { localizeHref } from '$lib/paraglide/runtime';
import { guideContent } from '../guide/content';
import type { ContentLocale } from '../guide/content-schema';
import { renderMarkdown } from '../guide/render-markdown';
import { linkResolver, stepPath } from '../guide/step-view';
import type { AssessmentFile } from './assessment-schema';

export interface StepLink {
	href: string;
	title: string;
}

/** Guide steps (`method/step`) as links titled in the reader's language; unknown ones are dropped. */
export function stepLinks(refs: readonly string[], locale: ContentLocale): StepLink[] {
	const { methods } = guideContent();
	return refs.flatMap((ref) => {
		const [methodId = '', stepId = ''] = ref.split('/');
		const step = methods.find((m) => m.id === methodId)?.steps.find((s) => s.id === stepId);
		return step
			? [{ href: localizeHref(stepPath(methodId, stepId), { locale }), title: step.title[locale] }]
			: [];
	});
}

export function assessmentSummaryView(assessment: AssessmentFile, locale: ContentLocale) {
	return {
		id: assessment.id,
		href: localizeHref(`/assessments/${assessment.id}`, { locale }),
		title: assessment.title[locale],
		summary: assessment.summary[locale],
		respondents: assessment.respondents[locale],
		dimensions: assessment.dimensions.map((dimension) => ({
			id: dimension.id,
			title: dimension.title[locale],
			questions: dimension.questions.length
		}))
	};
}

/** Everything the assessment page shows, in the reader's language; Markdown rendered. */
export function assessmentView(assessment: AssessmentFile, locale: ContentLocale) {
	const [method] = guideContent().methods;
	const markdown = (source: string) =>
		method ? renderMarkdown(source, linkResolver(method, locale)) : source;
	return {
		...assessmentSummaryView(assessment, locale),
		sources: assessment.sources?.[locale] ?? null,
		guideSteps: stepLinks(assessment.guide, locale),
		scoringHtml: markdown(assessment.scoring[locale]),
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
			guideSteps: stepLinks(dimension.guide, locale),
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
