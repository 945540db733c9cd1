import { localizeHref } from '$lib/paraglide/runtime';
import { guideContent } from '../guide/content';
import type { ContentLocale } from '../guide/content-schema';
import { renderMarkdown } from '../guide/render-markdown';
import { linkResolver, stepPath } from '../guide/step-view';
import { presentAssessmentDetails, presentAssessmentSummary } from './api-presenters';
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
		...presentAssessmentSummary(assessment, locale),
		href: localizeHref(`/assessments/${assessment.id}`, { locale })
	};
}

/**
 * Everything the assessment page shows: what the API gives (api-presenters.ts), with the
 * guide steps as links and the scoring rule rendered from Markdown.
 */
export function assessmentView(assessment: AssessmentFile, locale: ContentLocale) {
	const [method] = guideContent().methods;
	const markdown = (source: string) =>
		method ? renderMarkdown(source, linkResolver(method, locale)) : source;
	const details = presentAssessmentDetails(assessment, locale);
	return {
		...details,
		href: localizeHref(`/assessments/${assessment.id}`, { locale }),
		guideSteps: stepLinks(assessment.guide, locale),
		scoringHtml: markdown(assessment.scoring[locale]),
		dimensions: details.dimensions.map((dimension, index) => ({
			...dimension,
			guideSteps: stepLinks(assessment.dimensions[index]?.guide ?? [], locale)
		}))
	};
}
