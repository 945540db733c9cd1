import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { system } from '../actor';
import type { Database } from '../db/client';
import { recordAudit } from './record-audit';
import { auditEntriesTable } from './schema';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

describe('recordAudit', () => {
	it('appends an entry with the actor label, action, target and summary', async () => {
		await recordAudit(
			{ db: database.db, actor: system, requestId: 'req-1' },
			{ action: 'platform.test', targetType: 'thing', targetId: 't1', summary: { a: 1 } }
		);
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, 't1'));
		expect(entry).toMatchObject({
			actorId: null,
			actorLabel: 'system',
			action: 'platform.test',
			targetType: 'thing',
			summary: { a: 1 },
			requestId: 'req-1'
		});
	});

	it('cannot be edited or deleted, even with direct SQL', async () => {
		await expect(
			database.db.execute(sql`update audit_entries set action = 'forged'`)
		).rejects.toThrow();
		await expect(database.db.execute(sql`delete from audit_entries`)).rejects.toThrow();
		const rows = await database.db.select().from(auditEntriesTable);
		expect(rows.map((row) => row.action)).toEqual(['platform.test']);
	});
});
