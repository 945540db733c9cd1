import { localizeHref } from '$lib/paraglide/runtime';
import { dateFormatter } from '$lib/dates';
import { translate } from '../../platform/i18n/messages';
import { guideContent } from '../guide/content';
import { renderMarkdown } from '../guide/render-markdown';
import { stepPath } from '../guide/step-view';
import { rubricResult } from './api-presenters';
import type { ReplicationReportData } from './contribution-input';
import type { PracticeView } from './get-practice';
import { labelled, vocabularyLabel } from './labels';
import { jsonLdOf } from './json-ld';

const noContentLinks = () => null;

type ReportDetails = Omit<
	ReplicationReportData,
	'language' | 'population' | 'region' | 'country' | 'recommend'
>;

/** Guide steps as links, titled in the reader's language; unknown steps are skipped. */
function guideLinks(steps: string[], locale: 'en' | 'fr') {
	const methods = guideContent().methods;
	return steps.flatMap((address) => {
		const [methodId, stepId] = address.split('/');
		const step = methods.find((m) => m.id === methodId)?.steps.find((s) => s.id === stepId);
		return step && methodId && stepId
			? [{ href: localizeHref(stepPath(methodId, stepId)), title: step.title[locale] }]
			: [];
	});
}

/** Everything the practice page shows, labelled and rendered on the server. */
export function practicePageView(view: PracticeView, locale: 'en' | 'fr', origin: string) {
	const { practice, texts } = view;
	const date = dateFormatter(locale, 'long-date');
	const review = view.review ? rubricResult(view.review.scores) : null;
	return {
		slug: practice.slug,
		lang: view.textLanguage,
		translated: view.translated,
		textLanguage: vocabularyLabel('language', view.textLanguage),
		title: texts.title,
		summary: texts.summary,
		place: texts.place,
		bodyHtml: renderMarkdown(texts.body, noContentLinks, { contributed: true }),
		lessonsHtml: texts.lessons
			? renderMarkdown(texts.lessons, noContentLinks, { contributed: true })
			: null,
		facts: texts.facts,
		countries: labelled('country', practice.countries),
		region: vocabularyLabel('region', practice.region),
		populationBand: vocabularyLabel('population', practice.populationBand),
		domains: labelled('domain', practice.domains),
		toolTypes: labelled('tool', practice.toolTypes),
		layers: labelled('layer', practice.layers),
		costBand: practice.costBand ? vocabularyLabel('cost', practice.costBand) : null,
		maturity: vocabularyLabel('maturity', practice.maturityNeeded),
		risks: labelled('risk', practice.risks),
		stakeholders: labelled('stakeholder', practice.stakeholders),
		period: practice.periodFrom
			? practice.periodTo && practice.periodTo !== practice.periodFrom
				? `${practice.periodFrom}–${practice.periodTo}`
				: translate('catalogue_period_since', { year: practice.periodFrom })
			: null,
		links: practice.links.map((link) => ({ url: link.url, label: link.label ?? link.url })),
		contact: practice.contact,
		languages: labelled('language', view.languages),
		evidence: vocabularyLabel('evidence', practice.evidenceLevel),
		source: practice.source?.[view.textLanguage] ?? practice.source?.en ?? null,
		contributor: practice.contributorName,
		review: review
			? {
					date: date.format(view.review?.createdAt),
					total: review.total,
					max: review.max,
					scores: review.scores.map((entry) => ({
						label: vocabularyLabel('criterion', entry.criterion),
						score: entry.score
					}))
				}
			: null,
		guideSteps: guideLinks(practice.guideSteps, locale),
		replications: view.replications.map((report) => {
			const details = report.report as ReportDetails;
			return {
				id: report.id,
				territory: report.territoryName,
				country: vocabularyLabel('country', report.country),
				region: vocabularyLabel('region', report.region),
				population: report.population,
				lang: report.language,
				adaptedHtml: renderMarkdown(details.adapted, noContentLinks, { contributed: true }),
				resultsHtml: renderMarkdown(details.results, noContentLinks, { contributed: true }),
				failuresHtml: details.failures
					? renderMarkdown(details.failures, noContentLinks, { contributed: true })
					: null,
				costEuros: details.costEuros ?? null,
				durationMonths: details.durationMonths ?? null,
				indicators: details.indicators,
				recommend: vocabularyLabel('recommend', report.recommend),
				date: date.format(report.publishedAt)
			};
		}),
		replicationsByRegion: view.replicationsBy.region.map((entry) => ({
			label: vocabularyLabel('region', entry.value),
			count: entry.count
		})),
		replicationsBySize: view.replicationsBy.populationBand.map((entry) => ({
			label: vocabularyLabel('population', entry.value),
			count: entry.count
		})),
		updated: date.format(practice.updatedAt),
		jsonLd: jsonLdOf(view, origin)
	};
}
