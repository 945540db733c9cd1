import { dateFormatter } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import type { ContentLocale } from '../guide/content-schema';
import { localizeHref } from '$lib/paraglide/runtime';
import { translate } from '../../platform/i18n/messages';
import { stepLinks } from './assessment-view';
import type { RoundView } from './get-round';
import type { Findings } from './recommend';

/** A calendar day (`YYYY-MM-DD`) as the reader writes it. */
export function formatDay(iso: string, locale: ContentLocale): string {
	return dateFormatter(locale).format(new Date(`${iso}T00:00:00Z`));
}

/** What the round page shows, in the reader's language. */
export function roundPageView(view: RoundView, findings: Findings, locale: ContentLocale) {
	const { assessment, round, results } = view;
	const levelTitle = (level: number | null) =>
		level === null
			? null
			: (assessment.levels.find((l) => l.level === level)?.title[locale] ?? null);
	const unscored = [
		{ value: 'dont-know', label: m.diagnose_answer_dont_know({}, { locale }) },
		{ value: 'not-applicable', label: m.diagnose_answer_not_applicable({}, { locale }) }
	];
	return {
		round: {
			id: round.id,
			status: round.status,
			periodStart: formatDay(round.periodStart, locale),
			periodEnd: formatDay(round.periodEnd, locale)
		},
		assessment: { id: assessment.id, title: assessment.title[locale] },
		responses: view.responses,
		respondents: results.respondents,
		overall: results.overall,
		overallLevel: results.level,
		overallLevelTitle: levelTitle(results.level),
		dimensions: assessment.dimensions.map((dimension, index) => {
			const score = results.dimensions[index];
			return {
				id: dimension.id,
				title: dimension.title[locale],
				score: score?.score ?? null,
				level: score?.level ?? null,
				levelTitle: levelTitle(score?.level ?? null),
				respondents: score?.respondents ?? 0,
				spread: score?.spread ?? null
			};
		}),
		questionnaire: view.canAnswer
			? assessment.dimensions.map((dimension) => ({
					id: dimension.id,
					title: dimension.title[locale],
					questions: dimension.questions.map((question) => ({
						id: question.id,
						text: question.text[locale],
						help: question.help?.[locale] ?? null,
						options: [
							...question.options.map((option) => ({
								value: option.id,
								label: option.label[locale]
							})),
							...unscored
						]
					}))
				}))
			: null,
		strengths: findings.strong.map((d) => d.title[locale]),
		weakAreas: findings.weak.map((d) => ({
			id: d.id,
			title: d.title[locale],
			guideSteps: stepLinks(d.guide, locale)
		})),
		recommendations: findings.recommendations.map(({ practice, dimensionIds, domains }) => ({
			slug: practice.slug,
			href: localizeHref(`/practices/${practice.slug}`, { locale }),
			title: practice.title,
			summary: practice.summary,
			because: m.diagnose_recommended_because(
				{
					areas: dimensionIds
						.map((id) => assessment.dimensions.find((d) => d.id === id)?.title[locale] ?? id)
						.join(', '),
					domains: domains.map((d) => translate(`catalogue_domain_${d}`, {}, locale)).join(', '),
					maturity: translate(`catalogue_maturity_${practice.maturityNeeded}`, {}, locale)
				},
				{ locale }
			)
		})),
		ownAnswers: view.ownAnswers,
		canClose: view.canManage && round.status === 'open'
	};
}
