import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import type { Database } from '../../platform/db/client';
import { assertNotThrottled, recordThrottledAttempt, signInEmailKey } from './auth-throttle';
import { authThrottlesTable } from './schema';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('auth throttle storage', () => {
	it('counts every one of many concurrent attempts', async () => {
		const key = signInEmailKey('concurrent@example.org');
		const now = new Date('2030-01-01T00:00:00Z');
		await Promise.all(
			Array.from({ length: 8 }, () => recordThrottledAttempt(database.db, [key], now))
		);
		const [row] = await database.db
			.select()
			.from(authThrottlesTable)
			.where(eq(authThrottlesTable.key, key.key));
		expect(row?.failures).toBe(8);
		await expect(assertNotThrottled(database.db, [key], now)).rejects.toMatchObject({
			status: 429
		});
	});
});
