import { and, desc, eq, isNull } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { forbidden, invalid } from '../../platform/errors';
import { translate } from '../../platform/i18n/messages';
import { indicatorsTable, measurementsTable } from '../indicators/schema';
import { risksTable } from '../risks/schema';
import { getSolution } from './get-solution';
import type { SolutionAddress } from './solution-target';

/** At most as many indicator rows as the replication form offers. */
const indicatorRows = 3;

export interface ReplicationPrefill {
	practiceSlug: string;
	/** Values of the catalogue's replication report form, by field name. */
	values: Record<string, string>;
}

/**
 * Closing the loop: a solution based on a catalogue practice that reached its review
 * stage offers its people a replication report, prefilled from the solution (what was
 * adapted), its progress, its indicators' latest measurements and its risks. It reads the
 * indicators and risks tables, read only; either may be empty. Nothing is written but the
 * audit entry: the person completes and sends the report in the catalogue.
 */
export async function replicationPrefill(
	ctx: UseCaseContext,
	input: SolutionAddress & { locale?: string }
): Promise<ReplicationPrefill> {
	const view = await getSolution(ctx, { ...input, locale: input.locale ?? 'en' });
	if (!view.canEdit) {
		// Readers see the sheet but may not speak for the territory.
		throw forbidden();
	}
	const { sheet, practice, territory } = view;
	if (sheet.stage !== 'review' || !practice) {
		throw invalid({ stage: 'plan_error_not_review' }, 'plan_error_not_review');
	}
	const indicators = await ctx.db
		.select()
		.from(indicatorsTable)
		.where(eq(indicatorsTable.solutionId, sheet.id))
		.orderBy(indicatorsTable.createdAt);
	const values: Record<string, string> = {
		speakingFor: 'territory',
		territory: territory.slug,
		country: territory.country,
		adapted: translate('plan_replication_adapted', {
			practice: practice.title,
			solution: sheet.title,
			description: sheet.description
		}),
		durationMonths: String(monthsBetween(sheet.startsOn, sheet.endsOn))
	};
	if (territory.population) {
		values.population = String(territory.population);
	}
	const sentences = [
		translate('plan_replication_results', {
			progress: sheet.progress === null ? '—' : `${sheet.progress} %`,
			done:
				sheet.milestones
					.filter((m) => m.status === 'done')
					.map((m) => m.title)
					.join(', ') || '—'
		})
	];
	let row = 0;
	for (const indicator of indicators) {
		const [latest] = await ctx.db
			.select()
			.from(measurementsTable)
			.where(
				and(eq(measurementsTable.indicatorId, indicator.id), isNull(measurementsTable.supersededAt))
			)
			.orderBy(desc(measurementsTable.measuredOn))
			.limit(1);
		if (!latest) {
			continue;
		}
		sentences.push(
			translate('plan_replication_indicator_latest', {
				title: indicator.title,
				value: String(latest.value),
				unit: indicator.unit,
				date: latest.measuredOn
			})
		);
		if (row < indicatorRows && indicator.baselineValue !== null) {
			values[`indicator.${row}.name`] = indicator.title;
			values[`indicator.${row}.unit`] = indicator.unit;
			values[`indicator.${row}.before`] = String(indicator.baselineValue);
			values[`indicator.${row}.after`] = String(latest.value);
			row += 1;
		}
	}
	values.results = sentences.join('\n');
	const risks = await ctx.db
		.select({ title: risksTable.customTitle, taxonomy: risksTable.taxonomyRiskId })
		.from(risksTable)
		.where(eq(risksTable.solutionId, sheet.id));
	if (risks.length > 0) {
		values.failures = translate('plan_replication_risks', {
			risks: risks
				.map((r) => r.title ?? r.taxonomy ?? '')
				.filter(Boolean)
				.join('; ')
		});
	}
	await recordAudit(ctx, {
		action: 'roadmap.start-replication-report',
		territoryId: territory.id,
		targetType: 'solution',
		targetId: sheet.id,
		summary: { practice: practice.slug, indicators: row, risks: risks.length }
	});
	return { practiceSlug: practice.slug, values };
}

/** Whole months from one ISO day to another, at least one. */
function monthsBetween(start: string, end: string): number {
	const [y1, m1] = start.split('-').map(Number);
	const [y2, m2] = end.split('-').map(Number);
	return Math.max(1, ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0)) + 1);
}
