import { config } from '../../platform/config';
import { logger } from '../../platform/logger';
import { ContentError } from '../guide/content';
import type { ContentLocale } from '../guide/content-schema';
import type { MacroChallenge, TaxonomyRisk } from './content-schema';
import { loadRiskTaxonomy } from './load-taxonomy';

let loaded: MacroChallenge[] | undefined;

/** Loads the risk taxonomy once; invalid files stop the server at start, as the guide's do. */
export async function startRiskContent(
	dir = config().TERRITORIA_CONTENT_DIR
): Promise<MacroChallenge[]> {
	if (loaded) {
		return loaded;
	}
	const { macroChallenges, problems } = await loadRiskTaxonomy(dir);
	if (problems.length > 0) {
		throw new ContentError(problems);
	}
	loaded = macroChallenges;
	logger.info({ macroChallenges: macroChallenges.length }, 'risk taxonomy loaded');
	return loaded;
}

/** The 8 macro-challenges, in the briefing's order. */
export function riskTaxonomy(): MacroChallenge[] {
	if (!loaded) {
		throw new Error('The risk taxonomy is not loaded: startRiskContent() runs in the init hook.');
	}
	return loaded;
}

export function macroChallengeOf(id: string): MacroChallenge | undefined {
	return riskTaxonomy().find((macro) => macro.id === id);
}

/** A taxonomy risk with its macro-challenge, or undefined for an unknown id. */
export function taxonomyRiskOf(
	id: string
): { macro: MacroChallenge; risk: TaxonomyRisk } | undefined {
	for (const macro of riskTaxonomy()) {
		const risk = macro.risks.find((candidate) => candidate.id === id);
		if (risk) {
			return { macro, risk };
		}
	}
	return undefined;
}

/** A risk's title: its own for a custom one, else the taxonomy's in the reader's language. */
export function riskTitle(
	row: { customTitle: string | null; taxonomyRiskId: string | null },
	locale: ContentLocale
): string {
	if (row.customTitle) {
		return row.customTitle;
	}
	return (row.taxonomyRiskId && taxonomyRiskOf(row.taxonomyRiskId)?.risk.title[locale]) ?? '';
}
