import type { UseCaseContext } from '../../platform/actor';
import type { ExerciseField } from '../guide/content-schema';
import type { Answers } from './schema';
import {
	findWorksheet,
	worksheetTarget,
	type WorksheetAddress,
	type WorksheetTarget
} from './target';

export interface OfferedRows {
	fieldId: string;
	/** Where the rows come from, for the page to say so. */
	sourceExerciseId: string;
	sourceStepId: string;
	rows: Record<string, string | number>[];
}

export interface WorksheetView extends WorksheetTarget {
	version: number;
	answers: Answers;
	updatedAt: Date | null;
	offered: OfferedRows[];
}

type RowsField = Extract<ExerciseField, { type: 'rows' }>;

/**
 * A territory's worksheet for one exercise, with the rows earlier exercises offer to it
 * (the pilot actions of step 4 in the roadmap of step 5, and so on).
 */
export async function getWorksheet(
	ctx: UseCaseContext,
	input: WorksheetAddress
): Promise<WorksheetView> {
	// worksheetTarget validates the address: a malformed one is not found.
	const address = input;
	const target = await worksheetTarget(ctx, address, 'worksheet.view');
	const row = await findWorksheet(
		ctx.db,
		target.territory.id,
		address.methodId,
		address.exerciseId
	);
	const offered: OfferedRows[] = [];
	for (const field of target.exercise.fields) {
		if (field.type !== 'rows' || !field.from) {
			continue;
		}
		const rows = await offeredRows(ctx, target, field);
		if (rows) {
			offered.push(rows);
		}
	}
	return {
		...target,
		version: row?.version ?? 0,
		answers: row?.answers ?? {},
		updatedAt: row?.updatedAt ?? null,
		offered
	};
}

async function offeredRows(
	ctx: UseCaseContext,
	target: WorksheetTarget,
	field: RowsField
): Promise<OfferedRows | null> {
	const from = field.from;
	const source = from ? target.method.exercises.get(from.exercise) : undefined;
	if (!from || !source) {
		return null;
	}
	const sourceRow = await findWorksheet(
		ctx.db,
		target.territory.id,
		target.method.id,
		from.exercise
	);
	const sourceRows = sourceRow?.answers[from.field];
	if (!Array.isArray(sourceRows) || sourceRows.length === 0) {
		return null;
	}
	const rows = (sourceRows as Record<string, string | number>[]).map((sourceRowValues) =>
		Object.fromEntries(
			Object.entries(from.columns)
				.filter(([, origin]) => sourceRowValues[origin] !== undefined)
				.map(([column, origin]) => [column, sourceRowValues[origin] as string | number])
		)
	);
	return { fieldId: field.id, sourceExerciseId: from.exercise, sourceStepId: source.step.id, rows };
}
