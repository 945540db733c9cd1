/** One plain-text message; HTML mail is not needed yet and is harder to make accessible. */
export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/** Where mail goes: an SMTP server in production, the outbox table otherwise. */
export interface MailTransport {
	send(message: MailMessage): Promise<void>;
}
