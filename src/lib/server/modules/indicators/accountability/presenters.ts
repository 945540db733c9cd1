import { toCsv } from '../../../platform/spreadsheet/csv';
import type { z } from 'zod';
import type { accountabilitySchema } from './api-contracts';
import type { Accountability } from './get-accountability';

type AccountabilityJson = z.input<typeof accountabilitySchema>;

const dated = (value: number | null, date: string | null) =>
	value === null || date === null ? null : { value, date };

/** The public progress page as JSON: titles, statuses, dates and values — no people. */
export function presentAccountability(view: Accountability): AccountabilityJson {
	return {
		territory: { slug: view.territory.slug, name: view.territory.name },
		updatedAt: view.updatedAt.toISOString(),
		progress: view.progress,
		solutions: view.solutions.map((solution) => ({
			title: solution.title,
			status: solution.status,
			progress: solution.progress,
			startsOn: solution.startsOn,
			endsOn: solution.endsOn,
			milestones: solution.milestones.map((milestone) => ({
				title: milestone.title,
				status: milestone.status,
				plannedStart: milestone.plannedStart,
				plannedEnd: milestone.plannedEnd,
				baselineStart: milestone.baselineStart,
				baselineEnd: milestone.baselineEnd,
				actualStart: milestone.actualStart,
				actualEnd: milestone.actualEnd
			}))
		})),
		indicators: view.indicators.map((indicator) => ({
			title: indicator.title,
			unit: indicator.unit,
			direction: indicator.direction,
			solution: indicator.solutionTitle,
			baseline: dated(indicator.baselineValue, indicator.baselineOn),
			latest: indicator.latest
				? { value: indicator.latest.value, date: indicator.latest.measuredOn }
				: null,
			target: dated(indicator.targetValue, indicator.targetOn)
		})),
		assessments: view.assessments
	};
}

const csvHeader = [
	'kind',
	'solution',
	'title',
	'status',
	'progress',
	'planned_start',
	'planned_end',
	'baseline_start',
	'baseline_end',
	'actual_start',
	'actual_end',
	'unit',
	'baseline_value',
	'baseline_date',
	'latest_value',
	'latest_date',
	'target_value',
	'target_date'
];

const cell = (value: string | number | null | undefined): string =>
	value === null || value === undefined ? '' : String(value);

/**
 * The same content as one CSV table, one row per solution, milestone and indicator, so a
 * journalist or a council can open it in a spreadsheet. Values use a decimal point.
 */
export function accountabilityCsv(view: Accountability): string {
	const json = presentAccountability(view);
	const rows: string[][] = [csvHeader];
	for (const solution of json.solutions) {
		rows.push(
			[
				'solution',
				'',
				solution.title,
				solution.status,
				solution.progress,
				solution.startsOn,
				solution.endsOn
			].map(cell)
		);
		for (const m of solution.milestones) {
			rows.push(
				[
					'milestone',
					solution.title,
					m.title,
					m.status,
					null,
					m.plannedStart,
					m.plannedEnd,
					m.baselineStart,
					m.baselineEnd,
					m.actualStart,
					m.actualEnd
				].map(cell)
			);
		}
	}
	for (const i of json.indicators) {
		rows.push(
			[
				'indicator',
				i.solution,
				i.title,
				'',
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				i.unit,
				i.baseline?.value,
				i.baseline?.date,
				i.latest?.value,
				i.latest?.date,
				i.target?.value,
				i.target?.date
			].map(cell)
		);
	}
	return toCsv(
		rows.map((row) => [...row, ...Array<string>(csvHeader.length - row.length).fill('')])
	);
}
