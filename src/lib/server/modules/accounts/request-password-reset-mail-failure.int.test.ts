import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import type { Database } from '../../platform/db/client';
import { logger } from '../../platform/logger';
import { requestPasswordReset } from './request-password-reset';
import { passwordResetTokensTable } from './schema';
import { buildUser, contextFor } from './testing/factories';

// The SMTP server is down: every delivery fails.
vi.mock('../../platform/mail/send-mail', () => ({
	sendMail: () => Promise.reject(new Error('connect ECONNREFUSED'))
}));

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('requestPasswordReset when mail cannot be sent', () => {
	it('answers as usual (no hint that the account exists) and logs the failure', async () => {
		const { user } = await buildUser(database.db);
		const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
		await expect(
			requestPasswordReset(contextFor(database.db), {
				email: user.email,
				clientAddress: '192.0.2.1',
				requestOrigin: 'http://territoria.test'
			})
		).resolves.toBeUndefined();
		expect(error).toHaveBeenCalledWith(
			expect.objectContaining({ err: expect.any(Error) as unknown }),
			'password reset mail not sent'
		);
		expect(await database.db.select().from(passwordResetTokensTable)).toHaveLength(1);
		error.mockRestore();
	});
});
