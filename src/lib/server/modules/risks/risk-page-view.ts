import type { RiskSubject } from './risk-input';
import type { RiskListItem } from './list-risks';
import type { RiskLevel } from './scoring';
import type { RiskState } from './vocabulary';
import { riskTaxonomy } from './content';
import type { ContentLocale } from '../guide/content-schema';

/** A row of a register, as the pages show it. */
export interface RiskItemView {
	id: string;
	title: string;
	macroChallengeId: string;
	macroTitle: string;
	subject: RiskSubject;
	score: number;
	level: RiskLevel;
	residualScore: number | null;
	residualLevel: RiskLevel | null;
	state: RiskState;
	ownerName: string | null;
	reviewOn: string | null;
}

export function riskItemView(item: RiskListItem): RiskItemView {
	return {
		id: item.risk.id,
		title: item.title,
		macroChallengeId: item.risk.macroChallengeId,
		macroTitle: item.macroTitle,
		subject: item.subject,
		score: item.score,
		level: item.level,
		residualScore: item.residualScore,
		residualLevel: item.residualLevel,
		state: item.risk.state,
		ownerName: item.ownerName,
		reviewOn: item.risk.reviewOn
	};
}

/** Open risks are those neither accepted nor closed: still to be treated. */
export const isOpen = (state: RiskState): boolean => state === 'open' || state === 'treating';

export interface MacroCount {
	id: string;
	title: string;
	counts: Record<RiskState, number>;
	openTotal: number;
}

/** The territory-wide view: how many risks each macro-challenge holds, by state. */
export function countsByMacroChallenge(
	items: readonly RiskItemView[],
	locale: ContentLocale
): MacroCount[] {
	return riskTaxonomy().map((macro) => {
		const counts: Record<RiskState, number> = { open: 0, treating: 0, accepted: 0, closed: 0 };
		for (const item of items) {
			if (item.macroChallengeId === macro.id) {
				counts[item.state] += 1;
			}
		}
		return {
			id: macro.id,
			title: macro.title[locale],
			counts,
			openTotal: counts.open + counts.treating
		};
	});
}
