import type { SendMailOptions, Transporter } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { nodemailerTransport, smtpTransport } from './smtp-transport';

describe('nodemailer transport', () => {
	it('sends a plain-text message from MAIL_FROM to the recipient', async () => {
		const sent: SendMailOptions[] = [];
		const transporter = {
			sendMail: (mail: SendMailOptions) => {
				sent.push(mail);
				return Promise.resolve({});
			}
		} as unknown as Transporter;

		await nodemailerTransport(transporter, 'Territoria <no-reply@example.org>').send({
			to: 'amelie@example.org',
			subject: 'Hello',
			text: 'Body text'
		});

		expect(sent).toEqual([
			{
				from: 'Territoria <no-reply@example.org>',
				to: 'amelie@example.org',
				subject: 'Hello',
				text: 'Body text'
			}
		]);
	});

	it('reports a failed delivery to the caller instead of hiding it', async () => {
		// Nothing listens on port 1: the connection is refused at once.
		const transport = smtpTransport('smtp://127.0.0.1:1', 'no-reply@example.org');
		await expect(
			transport.send({ to: 'a@example.org', subject: 'S', text: 'T' })
		).rejects.toThrow();
	});
});
