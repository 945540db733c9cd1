import type { z } from 'zod';
import type { practiceDetailsSchema, practiceSummarySchema } from './api-contracts';
import type { ReplicationReportData } from './contribution-input';
import type { PracticeView } from './get-practice';
import type { PracticeHit } from './search-practices';
import { rubricCriteria, rubricScale, type ReviewScores } from './types';

type PracticeSummary = z.input<typeof practiceSummarySchema>;
type PracticeDetails = z.input<typeof practiceDetailsSchema>;

export function presentPracticeSummary(hit: PracticeHit): PracticeSummary {
	return {
		slug: hit.slug,
		title: hit.title,
		summary: hit.summary,
		place: { name: hit.place, countries: hit.countries, region: hit.region },
		domains: hit.domains,
		languages: hit.languages,
		textLanguage: hit.textLanguage,
		evidenceLevel: hit.evidenceLevel,
		replicationCount: hit.replicationCount
	};
}

/** The rubric's result: each criterion's score and the total, in the rubric's order. */
export function rubricResult(scores: ReviewScores): {
	scores: { criterion: string; score: number }[];
	total: number;
	max: number;
} {
	const list = rubricCriteria.map((criterion) => ({
		criterion,
		score: scores[criterion].score
	}));
	return {
		scores: list,
		total: list.reduce((sum, entry) => sum + entry.score, 0),
		max: rubricCriteria.length * rubricScale.max
	};
}

/** The report fields kept as contributed (everything but context and recommendation). */
type ReportDetails = Omit<
	ReplicationReportData,
	'language' | 'population' | 'region' | 'country' | 'recommend'
>;

export function presentPracticeDetails(view: PracticeView): PracticeDetails {
	const { practice, texts } = view;
	return {
		slug: practice.slug,
		title: texts.title,
		summary: texts.summary,
		place: { name: texts.place, countries: practice.countries, region: practice.region },
		domains: practice.domains,
		languages: view.languages,
		textLanguage: view.textLanguage,
		evidenceLevel: practice.evidenceLevel,
		replicationCount: practice.replicationCount,
		texts: { ...texts, lessons: texts.lessons ?? null },
		translated: view.translated,
		populationBand: practice.populationBand,
		toolTypes: practice.toolTypes,
		layers: practice.layers,
		costBand: practice.costBand,
		maturityNeeded: practice.maturityNeeded,
		risks: practice.risks,
		stakeholders: practice.stakeholders,
		period: practice.periodFrom ? { from: practice.periodFrom, to: practice.periodTo } : null,
		links: practice.links.map((link) => ({ url: link.url, label: link.label ?? null })),
		contact: practice.contact,
		source: practice.source?.[view.textLanguage] ?? practice.source?.en ?? null,
		contributor: practice.contributorName,
		guideSteps: practice.guideSteps,
		review: view.review
			? { reviewedAt: view.review.createdAt.toISOString(), ...rubricResult(view.review.scores) }
			: null,
		replications: {
			count: view.replications.length,
			byRegion: view.replicationsBy.region,
			byPopulationBand: view.replicationsBy.populationBand,
			reports: view.replications.map((report) => {
				const details = report.report as ReportDetails;
				return {
					territory: report.territoryName,
					country: report.country,
					region: report.region,
					population: report.population,
					language: report.language,
					adapted: details.adapted,
					results: details.results,
					failures: details.failures ?? null,
					costEuros: details.costEuros ?? null,
					durationMonths: details.durationMonths ?? null,
					indicators: details.indicators.map((indicator) => ({
						...indicator,
						unit: indicator.unit ?? null
					})),
					recommend: report.recommend,
					publishedAt: report.publishedAt.toISOString()
				};
			})
		},
		publishedAt: practice.publishedAt.toISOString(),
		updatedAt: practice.updatedAt.toISOString()
	};
}
