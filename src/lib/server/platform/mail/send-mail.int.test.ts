import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import type { Database } from '../db/client';
import { logger } from '../logger';
import { outboxMessagesTable } from './schema';
import { mailTransport, sendMail } from './send-mail';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('sendMail without SMTP_URL', () => {
	it('keeps the message in the outbox and logs the recipient and subject, not the body', async () => {
		const info = vi.spyOn(logger, 'info');
		await sendMail(
			{ db: database.db },
			{ to: 'amelie@example.org', subject: 'Your link', text: 'secret-link-token' }
		);
		const rows = await database.db.select().from(outboxMessagesTable);
		expect(rows).toMatchObject([
			{ to: 'amelie@example.org', subject: 'Your link', text: 'secret-link-token' }
		]);
		expect(info).toHaveBeenCalledWith(
			{ to: 'amelie@example.org', subject: 'Your link' },
			'mail kept in the outbox'
		);
		expect(JSON.stringify(info.mock.calls)).not.toContain('secret-link-token');
		info.mockRestore();
	});

	it('writes inside the caller’s transaction, so a rollback drops the mail too', async () => {
		await expect(
			database.db.transaction(async (tx) => {
				await mailTransport({ db: tx }).send({ to: 'x@example.org', subject: 'S', text: 'T' });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		const rows = await database.db.select().from(outboxMessagesTable);
		expect(rows.map((row) => row.to)).not.toContain('x@example.org');
	});
});
