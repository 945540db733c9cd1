import { and, arrayOverlaps, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { practiceSearchTable as ps, practicesTable } from './schema';
import type { MaturityLevel, ReaderLanguage } from './vocabulary';

export interface DomainPractice {
	slug: string;
	title: string;
	summary: string;
	domains: string[];
	maturityNeeded: MaturityLevel;
}

/**
 * Published practices in any of `domains` that a local authority of the given maturity
 * can take up, most replicated first, in the reader's language (or the original one).
 * Other modules use it to point from a need (a weak area, a risk) to the catalogue.
 */
export async function practicesForDomains(
	db: DbOrTx,
	options: {
		domains: readonly string[];
		maturities: readonly MaturityLevel[];
		lang: ReaderLanguage;
		limit: number;
	}
): Promise<DomainPractice[]> {
	if (options.domains.length === 0 || options.maturities.length === 0) {
		return [];
	}
	const rows = await db
		.select({
			slug: ps.slug,
			title: ps.title,
			summary: ps.summary,
			domains: ps.domains,
			maturityNeeded: practicesTable.maturityNeeded
		})
		.from(ps)
		.innerJoin(practicesTable, eq(practicesTable.id, ps.practiceId))
		.where(
			and(
				eq(ps.readerLanguage, options.lang),
				arrayOverlaps(ps.domains, [...options.domains]),
				inArray(practicesTable.maturityNeeded, [...options.maturities])
			)
		)
		.orderBy(desc(ps.replicationCount), desc(ps.publishedAt), ps.slug)
		.limit(options.limit);
	return rows.map((row) => ({ ...row, maturityNeeded: row.maturityNeeded as MaturityLevel }));
}
