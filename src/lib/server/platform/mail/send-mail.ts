import type { UseCaseContext } from '../actor';
import { config } from '../config';
import { logger } from '../logger';
import { outboxTransport } from './outbox-transport';
import { smtpTransport } from './smtp-transport';
import type { MailMessage, MailTransport } from './transport';

let smtp: { url: string; transport: MailTransport } | undefined;

/** The SMTP transport when SMTP_URL is set (created once per process), else the outbox. */
export function mailTransport(ctx: Pick<UseCaseContext, 'db'>): MailTransport {
	const { SMTP_URL, MAIL_FROM } = config();
	if (!SMTP_URL) {
		return outboxTransport(ctx.db, logger);
	}
	if (smtp?.url !== SMTP_URL) {
		smtp = { url: SMTP_URL, transport: smtpTransport(SMTP_URL, MAIL_FROM) };
	}
	return smtp.transport;
}

export async function sendMail(
	ctx: Pick<UseCaseContext, 'db'>,
	message: MailMessage
): Promise<void> {
	await mailTransport(ctx).send(message);
}
