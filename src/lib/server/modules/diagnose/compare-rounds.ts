import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { invalid, notFound, type FieldErrors } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import type { AssessmentFile } from './assessment-schema';
import { assessmentOrNotFound } from './content';
import { findRound, territoryFor, type RoundRow } from './round-target';

export const compareRoundsInput = z.object({ slug, from: z.string(), to: z.string() });
export type CompareRoundsInput = z.input<typeof compareRoundsInput>;

export interface DimensionChange {
	dimensionId: string;
	before: number | null;
	after: number | null;
	/** after − before; null when either round has no score for the dimension. */
	change: number | null;
}

export interface RoundComparison {
	assessment: AssessmentFile;
	from: RoundRow;
	to: RoundRow;
	dimensions: DimensionChange[];
	overall: DimensionChange;
}

/**
 * What improved and what fell between two closed rounds of the same assessment in a
 * territory, dimension by dimension, from the scores kept when each closed.
 */
export async function compareRounds(
	ctx: UseCaseContext,
	input: CompareRoundsInput
): Promise<RoundComparison> {
	const options = parseInput(compareRoundsInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'round.view');
	// Checked once the caller may see the rounds: a refusal says nothing about the input.
	const ids = z.uuid();
	const errors: FieldErrors = {};
	for (const field of ['from', 'to'] as const) {
		if (!ids.safeParse(options[field]).success) {
			errors[field] = 'diagnose_error_compare_choose';
		}
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	const [from, to] = await Promise.all([
		findRound(ctx.db, territory.id, options.from),
		findRound(ctx.db, territory.id, options.to)
	]);
	if (!from || !to) {
		throw notFound();
	}
	if (from.assessmentId !== to.assessmentId) {
		throw invalid({ to: 'diagnose_error_compare_other_assessment' });
	}
	if (!from.results || !to.results) {
		throw invalid({ [from.results ? 'to' : 'from']: 'diagnose_error_compare_open_round' });
	}
	const before = from.results;
	const after = to.results;
	const assessment = assessmentOrNotFound(from.assessmentId);
	const changeOf = (a: number | null | undefined, b: number | null | undefined) =>
		a === null || a === undefined || b === null || b === undefined ? null : b - a;
	return {
		assessment,
		from,
		to,
		dimensions: assessment.dimensions.map((dimension) => {
			const was = before.dimensions.find((d) => d.dimensionId === dimension.id)?.score ?? null;
			const is = after.dimensions.find((d) => d.dimensionId === dimension.id)?.score ?? null;
			return { dimensionId: dimension.id, before: was, after: is, change: changeOf(was, is) };
		}),
		overall: {
			dimensionId: 'overall',
			before: before.overall,
			after: after.overall,
			change: changeOf(before.overall, after.overall)
		}
	};
}
