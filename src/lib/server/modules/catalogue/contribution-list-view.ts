import { localizeHref } from '$lib/paraglide/runtime';
import { dateFormatter } from '$lib/dates';
import { contributionTitle, type ContributionRow } from './contribution-queries';
import { vocabularyLabel } from './labels';

/** Rows of a contributions table: title, kind, status and date, each linking to its page. */
export function contributionRows(rows: ContributionRow[], locale: 'en' | 'fr') {
	const date = dateFormatter(locale, 'date');
	return rows.map((row) => ({
		id: row.id,
		href: localizeHref(`/contributions/${row.id}`),
		title: contributionTitle(row) ?? vocabularyLabel('kind', row.kind),
		kind: vocabularyLabel('kind', row.kind),
		status: vocabularyLabel('status', row.status),
		author: row.authorName,
		date: date.format(row.submittedAt ?? row.updatedAt)
	}));
}
