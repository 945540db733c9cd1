import { and, asc, eq, sql } from 'drizzle-orm';
import { localizeHref } from '$lib/paraglide/runtime';
import type { UseCaseContext } from '../../platform/actor';
import { practiceSearchTable as ps, practicesTable } from './schema';
import type { ReaderLanguage } from './vocabulary';

/**
 * Published practices that illustrate a guide step (`method/step`), for the step's page:
 * "contextual initiatives". Titles in the reader's language, or the original's.
 */
export async function listStepPractices(
	ctx: UseCaseContext,
	options: { methodId: string; stepId: string; lang: ReaderLanguage }
): Promise<{ href: string; title: string; place: string; lang: string }[]> {
	const address = `${options.methodId}/${options.stepId}`;
	const rows = await ctx.db
		.select({ slug: ps.slug, title: ps.title, place: ps.place, lang: ps.textLanguage })
		.from(ps)
		.innerJoin(practicesTable, eq(practicesTable.id, ps.practiceId))
		.where(
			and(
				eq(ps.readerLanguage, options.lang),
				sql`${practicesTable.guideSteps} @> ARRAY[${address}]::text[]`
			)
		)
		.orderBy(asc(ps.title))
		.limit(20);
	return rows.map((row) => ({ ...row, href: localizeHref(`/practices/${row.slug}`) }));
}
