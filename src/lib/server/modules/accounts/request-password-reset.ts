import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { config } from '../../platform/config';
import { translate } from '../../platform/i18n/messages';
import { logger } from '../../platform/logger';
import { sendMail } from '../../platform/mail/send-mail';
import { hashToken, newToken } from '../../platform/secrets';
import { email } from '../../platform/validation';
import { localizeUrl } from '$lib/paraglide/runtime';
import { assertNotThrottled, passwordResetKeys, recordThrottledAttempt } from './auth-throttle';
import { findUserByEmail } from './queries';
import { passwordResetTokensTable } from './schema';

export const requestPasswordResetInput = z.object({ email });

export type RequestPasswordResetOptions = z.output<typeof requestPasswordResetInput> & {
	clientAddress: string;
	/** The request's origin; used for the link only when the ORIGIN setting is missing. */
	requestOrigin: string;
};

export const passwordResetLifetimeMs = 60 * 60 * 1000;

/**
 * Mails a single-use link to choose a new password, when the email has an account. The
 * caller answers the same whether or not it has one, and so does this function: it
 * neither returns nor throws anything that depends on it (mail failures are logged).
 */
export async function requestPasswordReset(
	ctx: UseCaseContext,
	options: RequestPasswordResetOptions
): Promise<void> {
	const now = clock(ctx);
	// Every request counts, for known and unknown emails alike, so the lock says nothing.
	const keys = passwordResetKeys(options.email, options.clientAddress);
	await assertNotThrottled(ctx.db, keys, now);
	await recordThrottledAttempt(ctx.db, keys, now);

	const user = await findUserByEmail(ctx.db, options.email);
	if (!user) {
		return;
	}
	const token = newToken();
	await ctx.db.transaction(async (tx) => {
		await tx.insert(passwordResetTokensTable).values({
			id: hashToken(token),
			userId: user.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + passwordResetLifetimeMs)
		});
		await recordAudit(
			{ ...ctx, db: tx },
			{ action: 'accounts.request-password-reset', targetType: 'user', targetId: user.id }
		);
	});

	// ORIGIN first: the request's Host header is chosen by the client, and a forged one
	// would mail the account's owner a link to someone else's site.
	const origin = config().ORIGIN ?? options.requestOrigin;
	const link = localizeUrl(new URL(`/password-reset/${token}`, origin), {
		locale: user.locale
	}).href;
	try {
		await sendMail(ctx, {
			to: user.email,
			subject: translate('accounts_password_reset_mail_subject', {}, user.locale),
			text: translate(
				'accounts_password_reset_mail_body',
				{ name: user.displayName, link },
				user.locale
			)
		});
	} catch (error) {
		// An error page here would tell that the account exists; the person can ask again.
		logger.error({ err: error, requestId: ctx.requestId }, 'password reset mail not sent');
	}
}
