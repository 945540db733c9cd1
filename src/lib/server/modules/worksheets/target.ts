import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { contentId, type Exercise } from '../guide/content-schema';
import type { Method, Step } from '../guide/load-content';
import { methodOrNotFound } from '../guide/step-view';
import { territoryBySlugOrNotFound, type TerritoryRow } from '../territories/queries';
import { standingIn, type Standing } from '../territories/policy';
import { assertCanWorksheet, canWorksheet, type WorksheetAction } from './policy';
import { worksheetsTable } from './schema';

export const worksheetAddress = z.object({ slug, methodId: contentId, exerciseId: contentId });
export type WorksheetAddress = z.infer<typeof worksheetAddress>;

export interface WorksheetTarget {
	territory: TerritoryRow;
	standing: Standing;
	method: Method;
	step: Step;
	exercise: Exercise;
	canSave: boolean;
}

/** The territory, the exercise and the actor's right to `action` on its worksheet. */
export async function worksheetTarget(
	ctx: UseCaseContext,
	input: WorksheetAddress,
	action: WorksheetAction
): Promise<WorksheetTarget> {
	// An address that cannot exist (a mistyped URL) is simply not found.
	const parsed = worksheetAddress.safeParse(input);
	if (!parsed.success) {
		throw notFound();
	}
	const address = parsed.data;
	const territory = await territoryBySlugOrNotFound(ctx.db, address.slug);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanWorksheet(ctx.actor, action, standing);
	const method = methodOrNotFound(address.methodId);
	const found = method.exercises.get(address.exerciseId);
	if (!found) {
		throw notFound();
	}
	return {
		territory,
		standing,
		method,
		step: found.step,
		exercise: found.exercise,
		canSave: canWorksheet(ctx.actor, 'worksheet.save', standing)
	};
}

export type WorksheetRow = typeof worksheetsTable.$inferSelect;

export async function findWorksheet(
	db: DbOrTx,
	territoryId: string,
	methodId: string,
	exerciseId: string
): Promise<WorksheetRow | null> {
	const [row] = await db
		.select()
		.from(worksheetsTable)
		.where(
			and(
				eq(worksheetsTable.territoryId, territoryId),
				eq(worksheetsTable.methodId, methodId),
				eq(worksheetsTable.exerciseId, exerciseId)
			)
		)
		.limit(1);
	return row ?? null;
}
