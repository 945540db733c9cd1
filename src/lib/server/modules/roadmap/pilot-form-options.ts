import { asc, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { practiceSearchTable, practicesTable } from '../catalogue/schema';
import { assessmentContent } from '../diagnose/content';
import { findingsOf } from '../diagnose/recommend';
import { stakeholdersTable } from '../ecosystem/schema';
import type { ContentLocale } from '../guide/content-schema';
import type { TerritoryRow } from '../territories/queries';
import type { PilotAction } from './policy';
import type { WeakAreaRef } from './pilot-input';
import { pilotTerritory } from './pilot-target';
import { closedRounds, weakAreasOf, type WeakAreaView } from './weak-area-view';

/** Up to this many published practices, the form lists them all as boxes to tick. */
export const wholeCatalogueUpTo = 60;

export interface RecommendedPractice {
	id: string;
	slug: string;
	title: string;
	summary: string;
	/** The weak areas (dimension titles) it answers. */
	answers: string[];
	/** It answers the weak area the form was opened from. */
	forFocus: boolean;
}

export interface PilotFormOptions {
	territory: TerritoryRow;
	stakeholders: { id: string; name: string }[];
	rounds: {
		roundId: string;
		assessmentTitle: string;
		periodStart: string;
		periodEnd: string;
		weakAreas: WeakAreaView[];
	}[];
	recommended: RecommendedPractice[];
	/** Every published practice, or null when the catalogue is too large to list. */
	catalogue: { id: string; slug: string; title: string }[] | null;
	/** The weak area the form was opened from, when it is one of the territory's. */
	focus: WeakAreaRef | null;
}

/**
 * What the scoping form offers: the territory's stakeholders, the weak areas of its closed
 * rounds (grouped by round), the practices recommended for them (those of `focus` first)
 * and, while the catalogue is small, all of its practices.
 */
export async function getPilotFormOptions(
	ctx: UseCaseContext,
	input: { slug: string; locale: ContentLocale; focus?: WeakAreaRef | null; action?: PilotAction }
): Promise<PilotFormOptions> {
	const { territory } = await pilotTerritory(ctx, input.slug, input.action ?? 'pilot.edit');
	const { locale } = input;
	const stakeholders = await ctx.db
		.select({ id: stakeholdersTable.id, name: stakeholdersTable.name })
		.from(stakeholdersTable)
		.where(eq(stakeholdersTable.territoryId, territory.id))
		.orderBy(asc(stakeholdersTable.name));
	const rounds = (await closedRounds(ctx.db, territory.id))
		.map((round) => ({ round, weakAreas: weakAreasOf(round, locale) }))
		.filter(({ weakAreas }) => weakAreas.length > 0);
	const focus =
		input.focus &&
		rounds.some(({ round, weakAreas }) =>
			round.id === input.focus?.roundId
				? weakAreas.some((w) => w.dimensionId === input.focus?.dimensionId)
				: false
		)
			? input.focus
			: null;
	const bySlug = new Map<string, Omit<RecommendedPractice, 'id'>>();
	for (const { round, weakAreas } of rounds) {
		const assessment = assessmentContent().find((a) => a.id === round.assessmentId);
		if (!assessment || !round.results) {
			continue;
		}
		const findings = await findingsOf(ctx.db, assessment, round.results, locale);
		for (const { practice, dimensionIds } of findings.recommendations) {
			const answered = weakAreas.filter((w) => dimensionIds.includes(w.dimensionId));
			const kept = bySlug.get(practice.slug) ?? {
				slug: practice.slug,
				title: practice.title,
				summary: practice.summary,
				answers: [],
				forFocus: false
			};
			kept.answers = [...new Set([...kept.answers, ...answered.map((w) => w.dimensionTitle)])];
			kept.forFocus ||=
				focus !== null && round.id === focus.roundId && dimensionIds.includes(focus.dimensionId);
			bySlug.set(practice.slug, kept);
		}
	}
	const ids =
		bySlug.size === 0
			? []
			: await ctx.db
					.select({ id: practicesTable.id, slug: practicesTable.slug })
					.from(practicesTable)
					.where(inArray(practicesTable.slug, [...bySlug.keys()]));
	const recommended = ids
		.flatMap(({ id, slug }) => {
			const practice = bySlug.get(slug);
			return practice ? [{ id, ...practice }] : [];
		})
		.sort((a, b) => Number(b.forFocus) - Number(a.forFocus) || a.title.localeCompare(b.title));
	const listed = await ctx.db
		.select({
			id: practiceSearchTable.practiceId,
			slug: practiceSearchTable.slug,
			title: practiceSearchTable.title
		})
		.from(practiceSearchTable)
		.where(eq(practiceSearchTable.readerLanguage, locale))
		.orderBy(asc(practiceSearchTable.title))
		.limit(wholeCatalogueUpTo + 1);
	return {
		territory,
		stakeholders,
		rounds: rounds.map(({ round, weakAreas }) => ({
			roundId: round.id,
			assessmentTitle: weakAreas[0]?.assessmentTitle ?? round.assessmentId,
			periodStart: round.periodStart,
			periodEnd: round.periodEnd,
			weakAreas
		})),
		recommended,
		catalogue: listed.length > wholeCatalogueUpTo ? null : listed,
		focus
	};
}
