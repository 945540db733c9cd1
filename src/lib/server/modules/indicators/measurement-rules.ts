import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { ValueKind } from './library-schema';
import { readMeasuredOn, readValue } from './values';

/** A measurement as received: from a form, a CSV row or a JSON body. */
export interface RawMeasurement {
	value: unknown;
	measuredOn: unknown;
	source?: unknown;
}

export interface CheckedMeasurement {
	value: number;
	measuredOn: string;
	source: string;
}

export type MeasurementField = 'value' | 'measuredOn' | 'source';

/** One problem, by the measurement's place in what was sent (0-based) and its field. */
export interface MeasurementProblem {
	index: number;
	field: MeasurementField;
	code: string;
}

export const maxSourceLength = 500;
export const maxMeasurementsPerRequest = 2000;

/**
 * Checks measurements against the indicator's value kind and today's date. All are
 * checked, so every problem is reported at once; two values for one date in the same
 * batch are refused at the second.
 */
export function checkMeasurements(
	items: readonly RawMeasurement[],
	kind: ValueKind,
	today: string
): { ok: true; rows: CheckedMeasurement[] } | { ok: false; problems: MeasurementProblem[] } {
	const problems: MeasurementProblem[] = [];
	const rows: CheckedMeasurement[] = [];
	const dates = new Set<string>();
	items.forEach((item, index) => {
		const value = readValue(item.value, kind);
		if (!value.ok) {
			problems.push({ index, field: 'value', code: value.code });
		}
		const date =
			typeof item.measuredOn === 'string'
				? readMeasuredOn(item.measuredOn, today)
				: { ok: false as const, code: 'indicators_error_date_format' };
		if (!date.ok) {
			problems.push({ index, field: 'measuredOn', code: date.code });
		} else if (dates.has(date.value)) {
			problems.push({ index, field: 'measuredOn', code: 'indicators_error_date_repeated' });
		}
		const source = item.source === undefined || item.source === null ? '' : item.source;
		if (
			typeof source !== 'string' ||
			source.length > maxSourceLength ||
			source.includes('\u0000')
		) {
			problems.push({ index, field: 'source', code: 'indicators_error_source' });
		}
		if (value.ok && date.ok && typeof source === 'string') {
			dates.add(date.value);
			rows.push({ value: value.value, measuredOn: date.value, source: source.trim() });
		}
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** Raised when measurements are refused; nothing has been written. */
export class MeasurementsError extends AppError {
	constructor(
		readonly problems: MeasurementProblem[],
		single: boolean
	) {
		super(
			'validation',
			'error_validation',
			Object.fromEntries(problems.map((p) => [single ? p.field : `${p.index}.${p.field}`, p.code]))
		);
		this.name = 'MeasurementsError';
	}
}

/** Who entered a value, kept by name so that history survives the account. */
export const enteredByOf = (actor: Actor): { enteredBy: string | null; enteredByName: string } =>
	actor.kind === 'user'
		? { enteredBy: actor.userId, enteredByName: actor.displayName }
		: { enteredBy: null, enteredByName: actor.kind };
