import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import type { ContentLocale } from '../guide/content-schema';
import { compareAnswers, type FieldChange } from './display';
import { worksheetVersionsTable } from './schema';
import { findWorksheet, worksheetAddress, worksheetTarget, type WorksheetAddress } from './target';

export interface VersionSummary {
	version: number;
	authorName: string;
	source: 'form' | 'import' | 'api';
	at: Date;
}

/** Every saved version of a worksheet, newest first, for the members who may read it. */
export async function listWorksheetVersions(
	ctx: UseCaseContext,
	input: WorksheetAddress
): Promise<VersionSummary[]> {
	// worksheetTarget validates the address: a malformed one is not found.
	const address = input;
	const target = await worksheetTarget(ctx, address, 'worksheet.view');
	const worksheet = await findWorksheet(
		ctx.db,
		target.territory.id,
		address.methodId,
		address.exerciseId
	);
	if (!worksheet) {
		return [];
	}
	return ctx.db
		.select({
			version: worksheetVersionsTable.version,
			authorName: worksheetVersionsTable.authorName,
			source: worksheetVersionsTable.source,
			at: worksheetVersionsTable.createdAt
		})
		.from(worksheetVersionsTable)
		.where(eq(worksheetVersionsTable.worksheetId, worksheet.id))
		.orderBy(desc(worksheetVersionsTable.version));
}

export const compareWorksheetVersionsInput = worksheetAddress.extend({
	from: z.coerce.number().int().min(0),
	to: z.coerce.number().int().min(1)
});

/** What changed from one version to another (version 0 is the empty worksheet). */
export async function compareWorksheetVersions(
	ctx: UseCaseContext,
	input: z.input<typeof compareWorksheetVersionsInput>,
	locale: ContentLocale
): Promise<FieldChange[]> {
	const options = parseInput(compareWorksheetVersionsInput, input);
	const target = await worksheetTarget(ctx, options, 'worksheet.view');
	const worksheet = await findWorksheet(
		ctx.db,
		target.territory.id,
		options.methodId,
		options.exerciseId
	);
	if (!worksheet) {
		throw notFound();
	}
	const rows = await ctx.db
		.select({ version: worksheetVersionsTable.version, answers: worksheetVersionsTable.answers })
		.from(worksheetVersionsTable)
		.where(
			and(
				eq(worksheetVersionsTable.worksheetId, worksheet.id),
				inArray(worksheetVersionsTable.version, [options.from, options.to])
			)
		);
	const answersOf = (version: number) =>
		version === 0 ? {} : rows.find((row) => row.version === version)?.answers;
	const before = answersOf(options.from);
	const after = answersOf(options.to);
	if (!before || !after) {
		throw notFound();
	}
	return compareAnswers(target.exercise, before, after, locale);
}
