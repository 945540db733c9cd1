import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { markdownToText } from '../guide/render-markdown';
import { practiceSearchTable, practicesTable } from './schema';
import { readerLanguages, type PracticeLanguage } from './vocabulary';

type PracticeRow = typeof practicesTable.$inferSelect;
type SearchRow = typeof practiceSearchTable.$inferInsert;

/** Lower case without accents: what trigram matching compares, on both sides. */
export function foldForMatching(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

/** The languages a practice is written in, its original language first. */
export function languagesOf(practice: Pick<PracticeRow, 'texts' | 'originalLanguage'>): string[] {
	const others = Object.keys(practice.texts).filter((l) => l !== practice.originalLanguage);
	return [practice.originalLanguage, ...others.sort()];
}

/** The search rows of one practice: one per reader language, falling back to the original. */
export function searchRowsOf(practice: PracticeRow): SearchRow[] {
	const languages = languagesOf(practice);
	return readerLanguages.map((readerLanguage) => {
		const textLanguage = (
			practice.texts[readerLanguage] ? readerLanguage : practice.originalLanguage
		) as PracticeLanguage;
		const texts = practice.texts[textLanguage];
		if (!texts) {
			throw new Error(`practice ${practice.slug} has no ${textLanguage} texts`);
		}
		return {
			practiceId: practice.id,
			readerLanguage,
			textLanguage,
			slug: practice.slug,
			title: texts.title,
			summary: texts.summary,
			place: texts.place,
			label: foldForMatching(`${texts.title} ${texts.place}`),
			body: [markdownToText(texts.body), ...texts.facts, markdownToText(texts.lessons ?? '')]
				.join(' ')
				.trim(),
			languages,
			countries: practice.countries,
			region: practice.region,
			populationBand: practice.populationBand,
			domains: practice.domains,
			toolTypes: practice.toolTypes,
			costBand: practice.costBand,
			risks: practice.risks,
			evidenceLevel: practice.evidenceLevel,
			replicationCount: practice.replicationCount,
			publishedAt: practice.publishedAt
		};
	});
}

/**
 * The search rows of the given practices, one language after the other: rows written
 * together share heap pages, so a search, which reads one language, reads fewer pages.
 */
export function searchRowsByLanguage(practices: PracticeRow[]): SearchRow[] {
	const rows = practices.flatMap(searchRowsOf);
	return readerLanguages.flatMap((language) =>
		rows.filter((row) => row.readerLanguage === language)
	);
}

/**
 * Rebuilds the search rows of the given practices from their published state. Call it in
 * the transaction that changed them, so search never shows a half-updated practice.
 */
export async function reindexPractices(db: DbOrTx, practiceIds: string[]): Promise<void> {
	if (practiceIds.length === 0) {
		return;
	}
	const practices = await db
		.select()
		.from(practicesTable)
		.where(inArray(practicesTable.id, practiceIds));
	await db.delete(practiceSearchTable).where(inArray(practiceSearchTable.practiceId, practiceIds));
	const rows = searchRowsByLanguage(practices);
	for (let start = 0; start < rows.length; start += 500) {
		await db.insert(practiceSearchTable).values(rows.slice(start, start + 500));
	}
}
