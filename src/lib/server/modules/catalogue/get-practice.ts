import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { parseInput, slug } from '../../platform/validation';
import { practiceBySlugOrNotFound, type PracticeRow } from './contribution-queries';
import { languagesOf } from './index-practices';
import type { PracticeTexts } from './practice-record';
import { replicationReportsTable, reviewsTable } from './schema';
import type { ReviewScores } from './types';
import { readerLanguages } from './vocabulary';

export const getPracticeInput = z.object({
	slug,
	lang: z.enum(readerLanguages).default('en')
});

export type ReplicationReportRow = typeof replicationReportsTable.$inferSelect;

export interface PracticeView {
	practice: PracticeRow;
	/** The texts shown: the reader's language when translated, else the original's. */
	texts: PracticeTexts;
	textLanguage: string;
	translated: boolean;
	languages: string[];
	review: {
		reviewerName: string;
		scores: ReviewScores;
		createdAt: Date;
	} | null;
	replications: ReplicationReportRow[];
	/** Replications by world region and by population band, largest first. */
	replicationsBy: {
		region: { value: string; count: number }[];
		populationBand: { value: string; count: number }[];
	};
}

function tally(values: string[]): { value: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const value of values) {
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** A published practice as a reader sees it, with its review and replication reports. */
export async function getPractice(
	ctx: UseCaseContext,
	input: z.input<typeof getPracticeInput>
): Promise<PracticeView> {
	const { slug: practiceSlug, lang } = parseInput(getPracticeInput, input);
	const practice = await practiceBySlugOrNotFound(ctx.db, practiceSlug);
	const textLanguage = practice.texts[lang] ? lang : practice.originalLanguage;
	const texts = practice.texts[textLanguage as keyof PracticeRow['texts']];
	if (!texts) {
		throw new Error(`practice ${practice.slug} has no texts in its original language`);
	}
	const [review] = practice.reviewId
		? await ctx.db
				.select({
					reviewerName: reviewsTable.reviewerName,
					scores: reviewsTable.scores,
					createdAt: reviewsTable.createdAt
				})
				.from(reviewsTable)
				.where(eq(reviewsTable.id, practice.reviewId))
		: [];
	const replications = await ctx.db
		.select()
		.from(replicationReportsTable)
		.where(eq(replicationReportsTable.practiceId, practice.id))
		.orderBy(desc(replicationReportsTable.publishedAt));
	return {
		practice,
		texts,
		textLanguage,
		translated: textLanguage === lang,
		languages: languagesOf(practice),
		review: review ?? null,
		replications,
		replicationsBy: {
			region: tally(replications.map((r) => r.region)),
			populationBand: tally(replications.map((r) => r.populationBand))
		}
	};
}
