import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { AppError } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { stakeholdersTable } from './schema';
import { readStakeholderCsv, type CsvProblem } from './stakeholder-csv';
import { rethrowNameTaken } from './stakeholder-fields';
import { customCategories, territoryFor } from './stakeholder-target';
import { profileOf } from './update-stakeholder';

export const importStakeholdersInput = z.object({
	slug,
	bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array)
});
export type ImportStakeholdersInput = z.input<typeof importStakeholdersInput>;

/** Raised when a file cannot be imported; nothing has been written. */
export class StakeholderFileError extends AppError {
	constructor(readonly problems: CsvProblem[]) {
		super('validation', 'ecosystem_import_invalid');
		this.name = 'StakeholderFileError';
	}
}

export interface ImportCounts {
	created: number;
	updated: number;
	unchanged: number;
}

/**
 * Imports a CSV file of stakeholders (owners and editors), all or nothing: every row is
 * checked first; a row whose name matches a stakeholder of the territory (whatever the
 * case) updates it, any other row adds one. One audit entry records the counts.
 */
export async function importStakeholders(
	ctx: UseCaseContext,
	input: ImportStakeholdersInput
): Promise<ImportCounts> {
	const options = parseInput(importStakeholdersInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'stakeholder.manage');
	const custom = await customCategories(ctx.db, territory.id);
	const reading = readStakeholderCsv(
		options.bytes,
		custom.map((c) => c.key)
	);
	if (!reading.ok) {
		throw new StakeholderFileError(reading.problems);
	}
	const now = clock(ctx);
	const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
	await ctx.db
		.transaction(async (tx) => {
			const existing = await tx
				.select()
				.from(stakeholdersTable)
				.where(eq(stakeholdersTable.territoryId, territory.id))
				.for('update');
			const byName = new Map(existing.map((row) => [row.name.toLowerCase(), row]));
			for (const { fields } of reading.rows) {
				const current = byName.get(fields.name.toLowerCase());
				if (!current) {
					await tx.insert(stakeholdersTable).values({
						...fields,
						territoryId: territory.id,
						createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
						createdAt: now,
						updatedAt: now
					});
					counts.created++;
				} else if (JSON.stringify(profileOf(current)) === JSON.stringify(fields)) {
					counts.unchanged++;
				} else {
					await tx
						.update(stakeholdersTable)
						.set({ ...fields, version: sql`${stakeholdersTable.version} + 1`, updatedAt: now })
						.where(eq(stakeholdersTable.id, current.id));
					counts.updated++;
				}
			}
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'ecosystem.import-stakeholders',
					territoryId: territory.id,
					targetType: 'territory',
					targetId: territory.id,
					summary: { rows: reading.rows.length, ...counts }
				}
			);
		})
		.catch(rethrowNameTaken);
	return counts;
}
