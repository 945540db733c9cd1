import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { invalid } from '../../platform/errors';
import { text } from '../../platform/validation';
import { contentLocales } from './content-schema';
import { guidePassagesTable } from './schema';

export const searchGuideInput = z.object({
	q: text({ min: 2, max: 200 }),
	locale: z.enum(contentLocales),
	limit: z.int().min(1).max(50).default(20)
});
export type SearchGuideInput = z.input<typeof searchGuideInput>;

export interface GuideHit {
	methodId: string;
	stepId: string;
	heading: string;
	/** Plain text around the match; the words found are between « and » markers. */
	excerpt: string;
}

/** Marks the words found in an excerpt: brackets that guide text does not use. */
export const hitStart = '⟦';
export const hitEnd = '⟧';

/**
 * Full-text search of the guide in one language, best passages first, one hit per step.
 * The guide is public, so anyone may search it.
 */
export async function searchGuide(
	ctx: UseCaseContext,
	input: SearchGuideInput
): Promise<GuideHit[]> {
	const parsed = searchGuideInput.safeParse(input);
	if (!parsed.success) {
		throw invalid(
			Object.fromEntries(
				parsed.error.issues.map((issue) => [issue.path.join('.'), 'guide_error_search'])
			)
		);
	}
	const { q, locale, limit } = parsed.data;
	const config =
		locale === 'fr' ? sql.raw(`'territoria_fr'::regconfig`) : sql.raw(`'territoria_en'::regconfig`);
	const query = sql`websearch_to_tsquery(${config}, ${q})`;
	const rank = sql<number>`ts_rank(${guidePassagesTable.search}, ${query})`;
	const rows = await ctx.db
		.selectDistinctOn([guidePassagesTable.methodId, guidePassagesTable.stepId], {
			methodId: guidePassagesTable.methodId,
			stepId: guidePassagesTable.stepId,
			heading: guidePassagesTable.heading,
			rank,
			excerpt: sql<string>`ts_headline(${config}, ${guidePassagesTable.body}, ${query}, ${`StartSel=${hitStart}, StopSel=${hitEnd}, MaxWords=30, MinWords=12`})`
		})
		.from(guidePassagesTable)
		.where(
			and(eq(guidePassagesTable.locale, locale), sql`${guidePassagesTable.search} @@ ${query}`)
		)
		.orderBy(guidePassagesTable.methodId, guidePassagesTable.stepId, desc(rank));
	if (rows.length === 0) {
		return nearHeadings(ctx, q, locale, limit);
	}
	return rows
		.sort((a, b) => b.rank - a.rank)
		.slice(0, limit)
		.map(({ methodId, stepId, heading, excerpt }) => ({ methodId, stepId, heading, excerpt }));
}

/** When no word matches (a typo, a partial word), headings that look alike, by trigrams. */
async function nearHeadings(
	ctx: UseCaseContext,
	q: string,
	locale: string,
	limit: number
): Promise<GuideHit[]> {
	const likeness = sql<number>`word_similarity(unaccent(${q}), unaccent(${guidePassagesTable.heading}))`;
	const rows = await ctx.db
		.selectDistinctOn([guidePassagesTable.methodId, guidePassagesTable.stepId], {
			methodId: guidePassagesTable.methodId,
			stepId: guidePassagesTable.stepId,
			heading: guidePassagesTable.heading,
			likeness,
			body: guidePassagesTable.body
		})
		.from(guidePassagesTable)
		.where(and(eq(guidePassagesTable.locale, locale), sql`${likeness} > 0.5`))
		.orderBy(guidePassagesTable.methodId, guidePassagesTable.stepId, desc(likeness));
	return rows
		.sort((a, b) => b.likeness - a.likeness)
		.slice(0, limit)
		.map(({ methodId, stepId, heading, body }) => ({
			methodId,
			stepId,
			heading,
			excerpt: body.length > 200 ? `${body.slice(0, 200)}…` : body
		}));
}
