import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import type { IndicatorRow } from './indicator-target';
import type { IndicatorSummary } from './list-indicators';
import type { LibraryIndicator } from './library-schema';
import type { IndicatorStatus } from './status';
import { editableOf } from './update-indicator';

/** Page data is plain: ids, texts and numbers, nothing a page could leak by accident. */
export const statusView = (status: IndicatorStatus) =>
	status.status === 'none'
		? { status: status.status, reason: status.reason }
		: { status: status.status, expected: status.expected };

export const summaryView = (summary: IndicatorSummary) => ({
	id: summary.indicator.id,
	title: summary.indicator.title,
	unit: summary.indicator.unit,
	published: summary.indicator.published,
	subject: summary.subject,
	latest: summary.latest
		? { value: summary.latest.value, measuredOn: summary.latest.measuredOn }
		: null,
	targetValue: summary.indicator.targetValue,
	targetOn: summary.indicator.targetOn,
	status: statusView(summary.status)
});

const text = (value: number | string | null): string => (value === null ? '' : String(value));

/** An indicator's fields as the form shows them. */
export function formValuesOf(row: IndicatorRow): Record<string, string> {
	const fields = editableOf(row);
	return {
		libraryIndicatorId: row.libraryIndicatorId ?? '',
		title: fields.title,
		family: fields.family,
		unit: fields.unit,
		valueKind: fields.valueKind,
		direction: fields.direction,
		method: fields.method,
		baselineValue: text(fields.baselineValue),
		baselineOn: text(fields.baselineOn),
		targetValue: text(fields.targetValue),
		targetOn: text(fields.targetOn),
		frequency: fields.frequency,
		source: fields.source,
		published: fields.published ? 'on' : ''
	};
}

/** A library indicator as the form's starting values. */
export function formValuesFromLibrary(
	indicator: LibraryIndicator,
	lang: 'en' | 'fr'
): Record<string, string> {
	return {
		libraryIndicatorId: indicator.id,
		title: indicator.title[lang],
		family: indicator.family,
		unit: indicator.unit[lang],
		valueKind: indicator.kind,
		direction: indicator.direction,
		method: indicator.method[lang],
		frequency: 'yearly'
	};
}

/** The fields whose saved value differs from the input kept, for the conflict screen. */
export function differences(
	row: IndicatorRow,
	mine: Record<string, string | string[]>
): { field: string; current: string; yours: string }[] {
	const saved = formValuesOf(row);
	return Object.entries(saved)
		.filter(([field]) => field !== 'libraryIndicatorId')
		.map(([field, current]) => {
			const raw = mine[field];
			const yours = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
			return { field, current, yours };
		})
		.filter((d) => d.current !== d.yours);
}

/** The territory's solutions and pilot actions, to choose what a new indicator follows. */
export async function subjectChoices(ctx: UseCaseContext, territoryId: string) {
	const solutions = await ctx.db
		.select({ id: solutionsTable.id, title: solutionsTable.title })
		.from(solutionsTable)
		.where(eq(solutionsTable.territoryId, territoryId))
		.orderBy(asc(solutionsTable.position), asc(solutionsTable.title));
	const pilots = await ctx.db
		.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
		.from(pilotActionsTable)
		.where(eq(pilotActionsTable.territoryId, territoryId))
		.orderBy(asc(pilotActionsTable.title));
	return { solutions, pilots };
}
