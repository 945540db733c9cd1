import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, invalid, unauthenticated } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { sameAnswers, validateAnswers, type RawAnswers } from './answers';
import { worksheetVersionsTable, worksheetsTable } from './schema';
import { findWorksheet, worksheetAddress, worksheetTarget } from './target';

export const saveWorksheetInput = worksheetAddress.extend({
	/** The version the author started from; 0 for a worksheet never saved. */
	baseVersion: z.coerce.number().int().min(0),
	answers: z.record(z.string(), z.unknown()),
	source: z.enum(['form', 'import', 'api']).default('form')
});
export type SaveWorksheetInput = z.input<typeof saveWorksheetInput>;

export interface SavedWorksheet {
	version: number;
	changed: boolean;
}

/**
 * Saves a new version of a territory's worksheet. A save made from an older version than the
 * latest is refused (409) rather than overwriting a colleague's work; the caller shows both.
 * Saving the same answers again creates no version.
 */
export async function saveWorksheet(
	ctx: UseCaseContext,
	input: SaveWorksheetInput
): Promise<SavedWorksheet> {
	const options = parseInput(saveWorksheetInput, input);
	const target = await worksheetTarget(ctx, options, 'worksheet.save');
	const { answers, errors } = validateAnswers(target.exercise, options.answers as RawAnswers);
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	const actor = ctx.actor;
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	const author =
		actor.kind === 'user'
			? { id: actor.userId, name: actor.displayName }
			: { id: null, name: 'system' };
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		// Serialises concurrent first saves of the same worksheet, which have no row to lock.
		await tx.execute(
			sql`select pg_advisory_xact_lock(hashtext(${`${target.territory.id}/${options.methodId}/${options.exerciseId}`}))`
		);
		const current = await findWorksheet(
			tx,
			target.territory.id,
			options.methodId,
			options.exerciseId
		);
		const currentVersion = current?.version ?? 0;
		if (currentVersion !== options.baseVersion) {
			throw conflict('worksheets_error_conflict');
		}
		if (current && sameAnswers(current.answers, answers)) {
			return { version: currentVersion, changed: false };
		}
		const version = currentVersion + 1;
		const worksheetId = current
			? current.id
			: (
					await tx
						.insert(worksheetsTable)
						.values({
							territoryId: target.territory.id,
							methodId: options.methodId,
							exerciseId: options.exerciseId,
							version,
							answers,
							updatedBy: author.id,
							updatedAt: now
						})
						.returning({ id: worksheetsTable.id })
				)[0]?.id;
		if (!worksheetId) {
			throw new Error('The worksheet insert returned no row.');
		}
		if (current) {
			await tx
				.update(worksheetsTable)
				.set({ version, answers, updatedBy: author.id, updatedAt: now })
				.where(
					and(eq(worksheetsTable.id, current.id), eq(worksheetsTable.version, currentVersion))
				);
		}
		await tx.insert(worksheetVersionsTable).values({
			worksheetId,
			territoryId: target.territory.id,
			version,
			answers,
			source: options.source,
			authorId: author.id,
			authorName: author.name,
			createdAt: now
		});
		const changedFields = target.exercise.fields
			.map((field) => field.id)
			.filter((id) => JSON.stringify(current?.answers[id]) !== JSON.stringify(answers[id]));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'worksheets.save-worksheet',
				territoryId: target.territory.id,
				targetType: 'worksheet',
				targetId: worksheetId,
				summary: {
					methodId: options.methodId,
					exerciseId: options.exerciseId,
					version,
					source: options.source,
					changedFields
				}
			}
		);
		return { version, changed: true };
	});
}
