import type { z } from 'zod';
import type { indicatorSchema, measurementSchema } from './api-contracts';
import type { IndicatorRow, Subject } from './indicator-target';
import type { MeasurementRow } from './get-indicator';
import type { LatestMeasurement } from './queries';
import type { IndicatorStatus } from './status';

export function presentIndicator(
	indicator: IndicatorRow,
	subject: Subject,
	latest: LatestMeasurement | null,
	status: IndicatorStatus
): z.input<typeof indicatorSchema> {
	return {
		id: indicator.id,
		solutionId: indicator.solutionId,
		pilotActionId: indicator.pilotActionId,
		subjectTitle: subject.title,
		libraryIndicatorId: indicator.libraryIndicatorId,
		title: indicator.title,
		family: indicator.family,
		unit: indicator.unit,
		valueKind: indicator.valueKind,
		direction: indicator.direction,
		method: indicator.method,
		baselineValue: indicator.baselineValue,
		baselineOn: indicator.baselineOn,
		targetValue: indicator.targetValue,
		targetOn: indicator.targetOn,
		frequency: indicator.frequency,
		source: indicator.source,
		published: indicator.published,
		latest: latest ? { value: latest.value, measuredOn: latest.measuredOn } : null,
		status,
		version: indicator.version
	};
}

export const presentMeasurement = (row: MeasurementRow): z.input<typeof measurementSchema> => ({
	id: row.id,
	value: row.value,
	measuredOn: row.measuredOn,
	source: row.source,
	channel: row.channel,
	enteredByName: row.enteredByName,
	enteredAt: row.enteredAt.toISOString(),
	correctsId: row.correctsId,
	correctionNote: row.correctionNote,
	supersededAt: row.supersededAt?.toISOString() ?? null
});
