import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { planTerritory } from '../roadmap/solution-target';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { parseInput, slug } from '../../platform/validation';
import { canPlan } from '../roadmap/plan-policy';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import type { TerritoryRow } from '../territories/queries';
import { advisedIndicators, subjectIn, type IndicatorRow, type Subject } from './indicator-target';
import { latestMeasurements, type LatestMeasurement } from './queries';
import { indicatorsTable } from './schema';
import { indicatorStatus, type IndicatorStatus } from './status';

const optionalId = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value ? value : null));

export const listIndicatorsInput = z.object({
	slug,
	solutionId: optionalId,
	pilotActionId: optionalId
});
export type ListIndicatorsInput = z.input<typeof listIndicatorsInput>;

export interface IndicatorSummary {
	indicator: IndicatorRow;
	subject: Subject;
	latest: LatestMeasurement | null;
	status: IndicatorStatus;
}

export interface IndicatorList {
	territory: TerritoryRow;
	/** Set when the list is filtered to one solution or pilot action. */
	subject: Subject | null;
	indicators: IndicatorSummary[];
	/** Solutions and pilot actions followed by more indicators than the guide advises. */
	aboveAdvice: Subject[];
	canEdit: boolean;
}

/**
 * The territory's indicators with their latest value and status (members and ancestor
 * owners), or those of one solution or pilot action.
 */
export async function listIndicators(
	ctx: UseCaseContext,
	input: ListIndicatorsInput
): Promise<IndicatorList> {
	const options = parseInput(listIndicatorsInput, input);
	const { territory, standing } = await planTerritory(ctx, options.slug, 'plan.view');
	const subject =
		options.solutionId || options.pilotActionId
			? await subjectIn(ctx.db, territory.id, options)
			: null;
	const conditions: SQL[] = [eq(indicatorsTable.territoryId, territory.id)];
	if (subject) {
		conditions.push(
			eq(
				subject.kind === 'solution' ? indicatorsTable.solutionId : indicatorsTable.pilotActionId,
				subject.id
			)
		);
	}
	const rows = await ctx.db
		.select()
		.from(indicatorsTable)
		.where(and(...conditions))
		.orderBy(asc(indicatorsTable.createdAt), asc(indicatorsTable.title));
	const titles = await subjectTitles(ctx, rows);
	const latest = await latestMeasurements(
		ctx.db,
		rows.map((row) => row.id)
	);
	const indicators = rows.map((indicator) => {
		const value = latest.get(indicator.id) ?? null;
		const subjectOf: Subject = indicator.solutionId
			? {
					kind: 'solution',
					id: indicator.solutionId,
					title: titles.get(indicator.solutionId) ?? ''
				}
			: {
					kind: 'pilot',
					id: indicator.pilotActionId ?? '',
					title: titles.get(indicator.pilotActionId ?? '') ?? ''
				};
		return {
			indicator,
			subject: subjectOf,
			latest: value,
			status: indicatorStatus(indicator, value)
		};
	});
	const counts = new Map<string, { subject: Subject; count: number }>();
	for (const { subject: s } of indicators) {
		const entry = counts.get(s.id) ?? { subject: s, count: 0 };
		entry.count++;
		counts.set(s.id, entry);
	}
	return {
		territory,
		subject,
		indicators,
		aboveAdvice: [...counts.values()]
			.filter((e) => e.count > advisedIndicators)
			.map((e) => e.subject),
		canEdit: canPlan(ctx.actor, 'plan.edit', standing)
	};
}

async function subjectTitles(
	ctx: UseCaseContext,
	rows: IndicatorRow[]
): Promise<Map<string, string>> {
	const solutionIds = rows.flatMap((row) => (row.solutionId ? [row.solutionId] : []));
	const pilotIds = rows.flatMap((row) => (row.pilotActionId ? [row.pilotActionId] : []));
	const solutions = solutionIds.length
		? await ctx.db
				.select({ id: solutionsTable.id, title: solutionsTable.title })
				.from(solutionsTable)
				.where(inArray(solutionsTable.id, solutionIds))
		: [];
	const pilots = pilotIds.length
		? await ctx.db
				.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
				.from(pilotActionsTable)
				.where(inArray(pilotActionsTable.id, pilotIds))
		: [];
	return new Map([...solutions, ...pilots].map((row) => [row.id, row.title]));
}
