import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { config } from '../../platform/config';
import { translate } from '../../platform/i18n/messages';
import { sendMail } from '../../platform/mail/send-mail';
import { localizeUrl } from '$lib/paraglide/runtime';
import { usersTable } from '../accounts/schema';
import { contributionTitle, type ContributionRow } from './contribution-queries';

export type Decision = 'publish' | 'request-changes' | 'reject';

/**
 * Tells the author of a contribution what the moderator decided, in the author's language,
 * with the moderator's comment and a link to the contribution. Runs inside the decision's
 * transaction: if the mail cannot be queued, the decision is not recorded either.
 */
export async function notifyAuthor(
	ctx: UseCaseContext,
	contribution: ContributionRow,
	decision: Decision,
	comment: string,
	requestOrigin?: string
): Promise<void> {
	if (!contribution.authorId) {
		return;
	}
	const [author] = await ctx.db
		.select({ email: usersTable.email, locale: usersTable.locale })
		.from(usersTable)
		.where(eq(usersTable.id, contribution.authorId));
	if (!author) {
		return;
	}
	const origin = config().ORIGIN ?? requestOrigin ?? 'http://localhost:3000';
	const link = localizeUrl(new URL(`/contributions/${contribution.id}`, origin), {
		locale: author.locale
	}).href;
	const title =
		contributionTitle(contribution) ??
		translate(`catalogue_kind_${contribution.kind}`, {}, author.locale);
	await sendMail(ctx, {
		to: author.email,
		subject: translate(`catalogue_mail_subject_${decision.replace('-', '_')}`, {}, author.locale),
		text: translate(
			`catalogue_mail_body_${decision.replace('-', '_')}`,
			{
				kind: translate(`catalogue_kind_${contribution.kind}`, {}, author.locale),
				title,
				comment,
				link
			},
			author.locale
		)
	});
}
