import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage, MailTransport } from './transport';

/** Sends through any nodemailer transporter (SMTP in production, a JSON one in tests). */
export function nodemailerTransport(transporter: Transporter, from: string): MailTransport {
	return {
		async send(message: MailMessage): Promise<void> {
			await transporter.sendMail({
				from,
				to: message.to,
				subject: message.subject,
				text: message.text
			});
		}
	};
}

/** `smtp://user:pass@host:587` or `smtps://…:465`, as nodemailer reads them. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
	return nodemailerTransport(nodemailer.createTransport(smtpUrl), from);
}
