import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { selectRows } from '../../platform/db/rows';
import type { Bitset } from './bitset';
import { foldForMatching } from './index-practices';
import { tsqueryOf } from './match-text';
import { positionsOf, type SearchPlan } from './search-plan';
import { preciseRankLimit, type SearchPracticesQuery } from './search-input';

/**
 * The positions of one page (`skip` rows in, `limit` rows long), in the search's order.
 * Newest is the index's own order. Relevance puts every full-text match above any typo
 * match: otherwise one word of the query in a title ("tax collection" → "…collection of
 * recyclables…") would beat a practice matching every word. Typo matches follow, closest
 * first.
 */
export async function orderedPositions(
	db: DbOrTx,
	plan: SearchPlan,
	query: SearchPracticesQuery,
	skip: number,
	limit: number
): Promise<number[]> {
	const { index, text, selected } = plan;
	if (query.sort === 'replicated') {
		const page: number[] = [];
		let toSkip = skip;
		for (const position of index.replicatedOrder) {
			if (page.length === limit) {
				break;
			}
			if (!selected.has(position)) {
				continue;
			}
			if (toSkip > 0) {
				toSkip--;
			} else {
				page.push(position);
			}
		}
		return page;
	}
	if (query.sort !== 'relevance' || !text || !query.q) {
		return selected.positions(skip, limit);
	}
	const fullText = selected.and(text.document);
	const inFullText = fullText.count();
	const page =
		skip >= inFullText
			? []
			: inFullText <= preciseRankLimit
				? await rankedPositions(db, plan, fullText, query, query.q, skip, limit)
				: tieredPositions(fullText, text.heading, skip, limit);
	if (page.length === limit) {
		return page;
	}
	const typoOnly = text.typo.filter((p) => selected.has(p) && !text.document.has(p));
	const typoSkip = Math.max(0, skip - inFullText);
	return [...page, ...typoOnly.slice(typoSkip, typoSkip + limit - page.length)];
}

/**
 * Full-text matches as PostgreSQL scores them: `ts_rank` (title and place weigh most,
 * then summary, then body) plus the closeness of the title to the query, then newest.
 */
async function rankedPositions(
	db: DbOrTx,
	plan: SearchPlan,
	fullText: Bitset,
	query: SearchPracticesQuery,
	q: string,
	skip: number,
	limit: number
): Promise<number[]> {
	const { index } = plan;
	const candidates = fullText
		.positions(0, preciseRankLimit)
		.flatMap((position) => index.searchNos[position] ?? []);
	const tsquery = tsqueryOf(query, q);
	const folded = foldForMatching(q);
	const rows = await selectRows<{ search_no: number }>(
		db,
		sql`SELECT search_no FROM practice_search
			WHERE reader_language = ${query.lang} AND search_no = ANY(${`{${candidates.join(',')}}`}::int[])
			ORDER BY ts_rank(document, ${tsquery}) + word_similarity(${folded}, label) DESC,
				published_at DESC, slug
			OFFSET ${skip} LIMIT ${limit}`
	);
	return positionsOf(
		index,
		rows.map((row) => row.search_no)
	);
}

/**
 * Full-text matches beyond `preciseRankLimit`, from the index alone: those whose title,
 * place or summary hold every word first, then the others, each newest first. Ranking the
 * 85,000 matches of "digital" with `ts_rank` took seconds, for an order that means little
 * at that breadth.
 */
function tieredPositions(fullText: Bitset, heading: Bitset, skip: number, limit: number): number[] {
	const result: number[] = [];
	let toSkip = skip;
	for (const tier of [fullText.and(heading), fullText.andNot(heading)]) {
		const inTier = tier.count();
		if (toSkip >= inTier) {
			toSkip -= inTier;
			continue;
		}
		result.push(...tier.positions(toSkip, limit - result.length));
		toSkip = 0;
		if (result.length === limit) {
			break;
		}
	}
	return result;
}
