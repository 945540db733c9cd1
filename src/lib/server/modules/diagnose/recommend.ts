import type { DbOrTx } from '../../platform/db/client';
import { practicesForDomains, type DomainPractice } from '../catalogue/practices-for-domains';
import type { MaturityLevel, ReaderLanguage } from '../catalogue/vocabulary';
import type { AssessmentDimension, AssessmentFile } from './assessment-schema';
import type { ConsolidatedScore } from './score-answers';

/** A dimension at level 1 or 2 is a weak area; at level 4 or 5, a strength. */
export const weakUpTo = 2;
export const strongFrom = 4;
/** Practices recommended per weak area, at most. */
const perWeakArea = 3;

export interface Recommendation {
	practice: DomainPractice;
	/** The weak dimensions it helps with, and the domains they share. */
	dimensionIds: string[];
	domains: string[];
}

export interface Findings {
	weak: AssessmentDimension[];
	strong: AssessmentDimension[];
	recommendations: Recommendation[];
}

/**
 * Which practices a territory starting out can take up: a practice needs a maturity at
 * or below the team's overall level (1–2 starting, 3 developing, 4–5 advanced).
 */
export function maturitiesFor(level: number | null): MaturityLevel[] {
	if (level === null || level <= 2) {
		return ['starting'];
	}
	return level === 3 ? ['starting', 'developing'] : ['starting', 'developing', 'advanced'];
}

/**
 * Strengths and weak areas of a team's scores, and for the weak areas the catalogue's
 * practices whose domains they list and whose maturity fits: those sharing the most
 * domains with the area first, three per area at most, each practice once, explained by
 * the areas and domains it answers.
 */
export async function findingsOf(
	db: DbOrTx,
	assessment: AssessmentFile,
	results: ConsolidatedScore,
	lang: ReaderLanguage
): Promise<Findings> {
	const levelOf = (dimension: AssessmentDimension) =>
		results.dimensions.find((d) => d.dimensionId === dimension.id)?.level ?? null;
	const weak = assessment.dimensions.filter((d) => {
		const level = levelOf(d);
		return level !== null && level <= weakUpTo;
	});
	const strong = assessment.dimensions.filter((d) => (levelOf(d) ?? 0) >= strongFrom);
	const maturities = maturitiesFor(results.level);
	const bySlug = new Map<string, Recommendation>();
	for (const dimension of weak) {
		const candidates = await practicesForDomains(db, {
			domains: dimension.domains,
			maturities,
			lang,
			limit: 50
		});
		const sharedWith = (practice: DomainPractice) =>
			practice.domains.filter((domain) =>
				(dimension.domains as readonly string[]).includes(domain)
			);
		// Those sharing the most domains with the weak area first; the sort keeps the
		// catalogue's order (most replicated, newest) among equals.
		const practices = candidates
			.sort((a, b) => sharedWith(b).length - sharedWith(a).length)
			.slice(0, perWeakArea);
		for (const practice of practices) {
			const shared = sharedWith(practice);
			const kept = bySlug.get(practice.slug);
			if (kept) {
				kept.dimensionIds.push(dimension.id);
				kept.domains = [...new Set([...kept.domains, ...shared])];
			} else {
				bySlug.set(practice.slug, { practice, dimensionIds: [dimension.id], domains: shared });
			}
		}
	}
	return { weak, strong, recommendations: [...bySlug.values()] };
}
