import type { DbOrTx } from '../db/client';
import type { Logger } from '../logger';
import { outboxMessagesTable } from './schema';
import type { MailMessage, MailTransport } from './transport';

/**
 * Keeps mail in the `outbox_messages` table when no SMTP server is configured, so that a
 * fresh install (and the tests) can follow a reset link. The log names the recipient and
 * the subject only: the body may hold a secret link.
 */
export function outboxTransport(db: DbOrTx, logger: Logger): MailTransport {
	return {
		async send(message: MailMessage): Promise<void> {
			await db.insert(outboxMessagesTable).values(message);
			logger.info({ to: message.to, subject: message.subject }, 'mail kept in the outbox');
		}
	};
}
