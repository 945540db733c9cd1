import { z } from 'zod';
import { planTerritory } from '../roadmap/solution-target';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { checkIndicatorValues, indicatorFields } from './indicator-input';
import {
	advisedIndicators,
	countForSubject,
	subjectIn,
	subjectRef,
	type IndicatorRow
} from './indicator-target';
import { libraryIndicatorById } from './library';
import { indicatorsTable } from './schema';

const optionalId = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value ? value : null));

export const createIndicatorInput = indicatorFields.extend({
	slug,
	solutionId: optionalId,
	pilotActionId: optionalId
});
export type CreateIndicatorInput = z.input<typeof createIndicatorInput>;

export interface CreatedIndicator {
	indicator: IndicatorRow;
	/** Indicators of the same solution or pilot action, this one included. */
	countForSubject: number;
	/** True above the guide's advice of one or two indicators per action. */
	aboveAdvice: boolean;
}

/**
 * Adds an indicator to one solution or pilot action of the territory (contributors and
 * above). A third one is allowed: the guide advises one or two, the pages warn.
 */
export async function createIndicator(
	ctx: UseCaseContext,
	input: CreateIndicatorInput
): Promise<CreatedIndicator> {
	const options = parseInput(createIndicatorInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.edit');
	const subject = await subjectIn(ctx.db, territory.id, options);
	if (options.libraryIndicatorId && !(await libraryIndicatorById(options.libraryIndicatorId))) {
		throw invalid({ libraryIndicatorId: 'indicators_error_library_unknown' });
	}
	const values = checkIndicatorValues(options);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const [indicator] = await tx
			.insert(indicatorsTable)
			.values({
				territoryId: territory.id,
				...subjectRef(subject),
				libraryIndicatorId: options.libraryIndicatorId,
				title: options.title,
				family: options.family,
				unit: options.unit,
				valueKind: options.valueKind,
				direction: options.direction,
				method: options.method,
				baselineValue: values.baselineValue,
				baselineOn: options.baselineOn,
				targetValue: values.targetValue,
				targetOn: options.targetOn,
				frequency: options.frequency,
				source: options.source,
				published: options.published,
				createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!indicator) {
			throw new Error('createIndicator: the insert returned nothing');
		}
		const count = await countForSubject(tx, subject);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'indicators.create-indicator',
				territoryId: territory.id,
				targetType: 'indicator',
				targetId: indicator.id,
				summary: { title: indicator.title, subject: subject.kind, subjectId: subject.id }
			}
		);
		return { indicator, countForSubject: count, aboveAdvice: count > advisedIndicators };
	});
}
