import { and, eq, inArray, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../../platform/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import { AppError } from '../../../platform/errors';
import { parseInput } from '../../../platform/validation';
import { usersTable } from '../../accounts/schema';
import { membershipsTable } from '../../territories/schema';
import { milestoneDependenciesTable, milestonesTable, solutionsTable } from '../solution-schema';
import type { CsvProblem } from './csv-file';
import { planTerritory } from '../solution-target';
import { isoDay } from './gantt-target';
import { checkImport, type ResolvedLine } from './import-checks';
import { lineKey, readMilestonesCsv } from './milestones-csv';

export const importMilestonesInput = z.object({
	// An address: a malformed slug is not found (planTerritory), not a 400.
	slug: z.string(),
	bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array)
});
export type ImportMilestonesInput = z.input<typeof importMilestonesInput>;

/** Raised when a file cannot be imported; nothing has been written. */
export class MilestoneFileError extends AppError {
	constructor(readonly problems: CsvProblem[]) {
		super('validation', 'roadmap_gantt_import_invalid');
		this.name = 'MilestoneFileError';
	}
}

export interface ImportCounts {
	created: number;
	updated: number;
	unchanged: number;
}

type MilestoneRow = typeof milestonesTable.$inferSelect;

const sameFields = (row: MilestoneRow, line: ResolvedLine): boolean =>
	row.title === line.title &&
	row.plannedStart === line.plannedStart &&
	row.plannedEnd === line.plannedEnd &&
	row.actualStart === line.actualStart &&
	row.actualEnd === line.actualEnd &&
	row.status === line.status &&
	row.weight === line.weight &&
	row.responsibleId === line.responsibleId;

/**
 * Imports a CSV file of milestones (contributors and above), all or nothing: the file is
 * read and every row checked against the roadmap, under lock, inside one transaction; a
 * single problem rolls everything back. A row whose solution and title match a milestone
 * (whatever the case) updates it, any other row adds one. One audit entry for the file.
 */
export async function importMilestones(
	ctx: UseCaseContext,
	input: ImportMilestonesInput
): Promise<ImportCounts> {
	const options = parseInput(importMilestonesInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.edit');
	const reading = readMilestonesCsv(options.bytes);
	if (!reading.ok) {
		throw new MilestoneFileError(reading.problems);
	}
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const solutions = await tx
			.select()
			.from(solutionsTable)
			.where(eq(solutionsTable.territoryId, territory.id))
			.for('update');
		const existing = await tx
			.select()
			.from(milestonesTable)
			.where(eq(milestonesTable.territoryId, territory.id))
			.for('update');
		const ids = existing.map((row) => row.id);
		const dependencies =
			ids.length === 0
				? []
				: await tx
						.select()
						.from(milestoneDependenciesTable)
						.where(inArray(milestoneDependenciesTable.milestoneId, ids));
		const members = await tx
			.select({ userId: usersTable.id, email: usersTable.email })
			.from(membershipsTable)
			.innerJoin(usersTable, eq(usersTable.id, membershipsTable.userId))
			.where(eq(membershipsTable.territoryId, territory.id));
		const checked = checkImport({
			lines: reading.lines,
			solutions,
			milestones: existing,
			dependencies,
			members: new Map(members.map((m) => [m.email.toLowerCase(), m.userId])),
			today: isoDay(now)
		});
		if (!checked.ok) {
			throw new MilestoneFileError(checked.problems);
		}
		const byKey = new Map(existing.map((row) => [lineKey(row.solutionId, row.title), row]));
		const dependsOnIds = (id: string): string[] =>
			dependencies
				.filter((d) => d.milestoneId === id)
				.map((d) => d.dependsOnId)
				.sort();
		const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
		const idOfKey = new Map([...byKey].map(([key, row]) => [key, row.id]));
		const changedFields = new Set<string>();
		for (const line of checked.lines) {
			const fields = {
				title: line.title,
				plannedStart: line.plannedStart,
				plannedEnd: line.plannedEnd,
				actualStart: line.actualStart,
				actualEnd: line.actualEnd,
				status: line.status,
				weight: line.weight,
				responsibleId: line.responsibleId
			};
			const current = byKey.get(line.key);
			if (!current) {
				const [last] = await tx
					.select({ position: max(milestonesTable.position) })
					.from(milestonesTable)
					.where(eq(milestonesTable.solutionId, line.solutionId));
				const [created] = await tx
					.insert(milestonesTable)
					.values({
						...fields,
						territoryId: territory.id,
						solutionId: line.solutionId,
						position: (last?.position ?? -1) + 1,
						createdAt: now,
						updatedAt: now
					})
					.returning({ id: milestonesTable.id });
				idOfKey.set(line.key, created?.id ?? '');
				counts.created++;
			} else if (!sameFields(current, line)) {
				await tx
					.update(milestonesTable)
					.set({ ...fields, version: sql`${milestonesTable.version} + 1`, updatedAt: now })
					.where(eq(milestonesTable.id, current.id));
				changedFields.add(line.key);
			}
		}
		for (const line of checked.lines) {
			const id = idOfKey.get(line.key) ?? '';
			const wanted = line.dependsOnKeys.map((key) => idOfKey.get(key) ?? '').sort();
			const current = byKey.get(line.key);
			const sameDependencies = current !== undefined && wanted.join() === dependsOnIds(id).join();
			if (!sameDependencies) {
				await tx
					.delete(milestoneDependenciesTable)
					.where(eq(milestoneDependenciesTable.milestoneId, id));
				if (wanted.length > 0) {
					await tx
						.insert(milestoneDependenciesTable)
						.values(wanted.map((dependsOnId) => ({ milestoneId: id, dependsOnId })));
				}
			}
			if (current) {
				if (changedFields.has(line.key) || !sameDependencies) {
					if (!changedFields.has(line.key)) {
						// Only the dependencies changed: still a new version of the milestone.
						await tx
							.update(milestonesTable)
							.set({ version: sql`${milestonesTable.version} + 1`, updatedAt: now })
							.where(
								and(eq(milestonesTable.id, id), eq(milestonesTable.territoryId, territory.id))
							);
					}
					counts.updated++;
				} else {
					counts.unchanged++;
				}
			}
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.import-milestones',
				territoryId: territory.id,
				targetType: 'territory',
				targetId: territory.id,
				summary: { rows: checked.lines.length, ...counts }
			}
		);
		return counts;
	});
}
