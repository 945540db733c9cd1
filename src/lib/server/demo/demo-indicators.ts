import { and, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../platform/actor';
import { correctMeasurement } from '../modules/indicators/correct-measurement';
import { createIndicator, type CreateIndicatorInput } from '../modules/indicators/create-indicator';
import { getIndicator } from '../modules/indicators/get-indicator';
import type { IndicatorRow } from '../modules/indicators/indicator-target';
import { recordMeasurements } from '../modules/indicators/record-measurements';
import { solutionsTable } from '../modules/roadmap/solution-schema';
import { territoriesTable } from '../modules/territories/schema';
import { demoSolutionTitles } from './demo-solution-titles';

type SolutionKey = keyof typeof demoSolutionTitles;
type DemoIndicator = Omit<CreateIndicatorInput, 'slug' | 'solutionId' | 'pilotActionId'> & {
	solution: SolutionKey;
	measurements: [string, number][];
};

/** Every demo value says it is made up: the figures describe no real measurement. */
const demoSource = (tool: string) => `Made-up demo figures (${tool})`;

/**
 * One or two indicators for each of the Métropole Européenne de Lille's four ICC
 * solutions, with baselines, targets and measurements over 2025–2026 chosen so that the
 * statuses differ: the e-administration and cybersecurity indicators are on track, the
 * participation one at risk, the energy one off track. The energy solution's indicator
 * stays unpublished (the progress page must not show it). The figures are invented.
 */
export const demoIndicators: DemoIndicator[] = [
	{
		solution: 'eAdministration',
		libraryIndicatorId: 'b4-online-procedures-share',
		title: 'Administrative procedures completed online',
		family: 'technical-optimisation',
		unit: '% of procedures',
		valueKind: 'percent',
		direction: 'higher',
		method:
			'Procedures filed online on the shared network divided by all procedures filed, in the pilot municipalities, for the same list of procedures each quarter.',
		baselineValue: 34,
		baselineOn: '2025-01-01',
		targetValue: 60,
		targetOn: '2026-12-31',
		frequency: 'quarterly',
		source: demoSource('case management tool'),
		published: true,
		measurements: [
			['2025-04-01', 36],
			['2025-07-01', 40],
			['2025-10-01', 45],
			['2026-01-01', 47],
			['2026-04-01', 50],
			['2026-07-01', 54]
		]
	},
	{
		solution: 'inclusiveDialogue',
		libraryIndicatorId: 'b4-consultation-participation',
		title: 'Residents taking part in digital consultations',
		family: 'social-inclusion',
		unit: '% of adult residents',
		valueKind: 'percent',
		direction: 'higher',
		method:
			'Distinct participants in the consultations of the half-year on the participation platform, divided by the adult population of the volunteer municipalities.',
		baselineValue: 1.2,
		baselineOn: '2025-01-01',
		targetValue: 3,
		targetOn: '2026-12-31',
		frequency: 'half-yearly',
		source: demoSource('participation platform statistics'),
		published: true,
		measurements: [
			['2025-06-30', 1.4],
			['2025-12-31', 1.9],
			['2026-06-30', 2.4]
		]
	},
	{
		solution: 'energyData',
		title: 'Municipalities sharing their energy consumption data on the tool',
		family: 'environmental-sustainability',
		unit: 'municipalities',
		valueKind: 'count',
		direction: 'higher',
		method:
			'Municipalities of the metropolis whose buildings’ energy consumption is loaded into the global energy data tool and updated within the last six months.',
		baselineValue: 0,
		baselineOn: '2025-03-01',
		targetValue: 95,
		targetOn: '2026-12-31',
		frequency: 'half-yearly',
		source: demoSource('energy data tool'),
		published: false,
		measurements: [
			['2025-09-01', 6],
			['2026-03-01', 14],
			['2026-09-01', 22]
		]
	},
	{
		solution: 'cybersecurity',
		libraryIndicatorId: 'c-staff-trained',
		title: 'Staff trained in digital tools and security',
		family: 'social-inclusion',
		unit: '% of staff',
		valueKind: 'percent',
		direction: 'higher',
		method:
			'Staff of the volunteer municipalities who followed at least one cybersecurity session in the last two years, divided by their total staff.',
		baselineValue: 8,
		baselineOn: '2025-01-01',
		targetValue: 50,
		targetOn: '2026-12-31',
		frequency: 'half-yearly',
		source: demoSource('training records'),
		published: true,
		measurements: [
			['2025-06-30', 15],
			['2025-12-31', 27],
			['2026-06-30', 41]
		]
	},
	{
		solution: 'cybersecurity',
		libraryIndicatorId: 'c-security-incidents',
		title: 'Security incidents affecting the information systems',
		family: 'technical-optimisation',
		unit: 'incidents per year',
		valueKind: 'count',
		direction: 'lower',
		method:
			'Incidents that interrupted a service or exposed data in the volunteer municipalities, as logged by their IT services, over the calendar year.',
		baselineValue: 12,
		baselineOn: '2024-12-31',
		targetValue: 6,
		targetOn: '2026-12-31',
		frequency: 'yearly',
		source: demoSource('IT incident logs'),
		published: true,
		measurements: [['2025-12-31', 9]]
	}
];

/**
 * Seeds the demo indicators of the metropolis, through the use cases, after its solutions
 * exist (the roadmap's demo creates them). A missing solution is an error: the demo's
 * titles are shared with the roadmap (demo-solution-titles.ts).
 */
export async function seedDemoIndicators(
	ctx: UseCaseContext,
	territoryId: string
): Promise<IndicatorRow[]> {
	const [territory] = await ctx.db
		.select({ slug: territoriesTable.slug })
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	if (!territory) {
		throw new Error(`seedDemoIndicators: no territory ${territoryId}`);
	}
	const solutionIds = new Map<SolutionKey, string>();
	for (const [key, title] of Object.entries(demoSolutionTitles) as [SolutionKey, string][]) {
		const [solution] = await ctx.db
			.select({ id: solutionsTable.id })
			.from(solutionsTable)
			.where(and(eq(solutionsTable.territoryId, territoryId), eq(solutionsTable.title, title)));
		if (!solution) {
			throw new Error(
				`seedDemoIndicators: the solution "${title}" is missing; seed the roadmap (seedDemoPlan) first`
			);
		}
		solutionIds.set(key, solution.id);
	}
	const created: IndicatorRow[] = [];
	for (const { solution, measurements, ...fields } of demoIndicators) {
		const { indicator } = await createIndicator(ctx, {
			...fields,
			slug: territory.slug,
			solutionId: solutionIds.get(solution)
		});
		await recordMeasurements(ctx, {
			slug: territory.slug,
			indicatorId: indicator.id,
			measurements: measurements.map(([measuredOn, value]) => ({
				measuredOn,
				value,
				source: fields.source
			})),
			channel: 'csv',
			mode: 'merge'
		});
		created.push(indicator);
	}
	await correctDemoValue(ctx, territory.slug, created[0]);
	return created;
}

/** One correction in history: the e-administration figure of October 2025 counted duplicates. */
async function correctDemoValue(
	ctx: UseCaseContext,
	slug: string,
	indicator: IndicatorRow | undefined
): Promise<void> {
	if (!indicator) {
		return;
	}
	const details = await getIndicator(ctx, { slug, indicatorId: indicator.id });
	const wrong = details.series.find((row) => row.measuredOn === '2025-10-01');
	if (!wrong) {
		throw new Error('seedDemoIndicators: the October 2025 value is missing');
	}
	await correctMeasurement(ctx, {
		slug,
		indicatorId: indicator.id,
		measurementId: wrong.id,
		value: 43,
		measuredOn: wrong.measuredOn,
		source: wrong.source,
		note: 'Duplicate procedures removed (made-up demo correction)'
	});
}
