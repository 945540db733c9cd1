import type { Direction } from './library-schema';

/**
 * An indicator's status, stated on its page:
 *
 * The expected value on the date of the latest measurement is read on the straight line
 * from the baseline (value, date) to the target (value, date); before the baseline date it
 * is the baseline, after the target date the target. Respecting the direction (higher or
 * lower is better), the latest value is **on track** when it is at or better than the
 * expected value, or when the target is reached; **at risk** when it is behind by at most
 * `tolerance` (10 %) of the distance from baseline to target; **off track** beyond. There is
 * no status without a baseline, a target or a measurement.
 */
export const tolerance = 0.1;

export type IndicatorStatus =
	| { status: 'on-track' | 'at-risk' | 'off-track'; expected: number }
	| { status: 'none'; reason: 'no-baseline' | 'no-target' | 'no-measurement' };

export interface StatusInput {
	direction: Direction;
	baselineValue: number | null;
	baselineOn: string | null;
	targetValue: number | null;
	targetOn: string | null;
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export function indicatorStatus(
	indicator: StatusInput,
	latest: { value: number; measuredOn: string } | null
): IndicatorStatus {
	const { baselineValue, baselineOn, targetValue, targetOn } = indicator;
	if (baselineValue === null || baselineOn === null) {
		return { status: 'none', reason: 'no-baseline' };
	}
	if (targetValue === null || targetOn === null) {
		return { status: 'none', reason: 'no-target' };
	}
	if (!latest) {
		return { status: 'none', reason: 'no-measurement' };
	}
	const span = day(targetOn) - day(baselineOn);
	const elapsed = span > 0 ? (day(latest.measuredOn) - day(baselineOn)) / span : 1;
	const share = Math.min(1, Math.max(0, elapsed));
	const expected = baselineValue + (targetValue - baselineValue) * share;
	const sign = indicator.direction === 'higher' ? 1 : -1;
	if (sign * (latest.value - targetValue) >= 0) {
		return { status: 'on-track', expected };
	}
	const behind = sign * (expected - latest.value);
	if (behind <= 0) {
		return { status: 'on-track', expected };
	}
	const allowed = tolerance * Math.abs(targetValue - baselineValue);
	return { status: behind <= allowed ? 'at-risk' : 'off-track', expected };
}
