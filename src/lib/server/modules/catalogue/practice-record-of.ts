import type { PracticeRow } from './contribution-queries';

/** A published practice as contribution data: where an edit proposal starts from. */
export function practiceDraftOf(practice: PracticeRow): Record<string, unknown> {
	return {
		originalLanguage: practice.originalLanguage,
		texts: practice.texts,
		countries: practice.countries,
		region: practice.region,
		populationBand: practice.populationBand,
		domains: practice.domains,
		toolTypes: practice.toolTypes,
		layers: practice.layers,
		costBand: practice.costBand ?? undefined,
		maturityNeeded: practice.maturityNeeded,
		risks: practice.risks,
		stakeholders: practice.stakeholders,
		period: practice.periodFrom
			? { from: practice.periodFrom, to: practice.periodTo ?? undefined }
			: undefined,
		links: practice.links,
		contact: practice.contact ?? undefined
	};
}
