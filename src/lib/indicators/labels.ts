import { m } from '$lib/paraglide/messages';

/** Readable names of the indicators' stored ids (the ids are the schema's enums). */
export const familyLabels = {
	'economic-efficiency': m.indicators_family_economic,
	'technical-optimisation': m.indicators_family_technical,
	'social-inclusion': m.indicators_family_social,
	'environmental-sustainability': m.indicators_family_environmental
} as const;

export const kindLabels = {
	count: m.indicators_kind_count,
	decimal: m.indicators_kind_decimal,
	percent: m.indicators_kind_percent
} as const;

export const directionLabels = {
	higher: m.indicators_direction_higher,
	lower: m.indicators_direction_lower
} as const;

export const frequencyLabels = {
	monthly: m.indicators_frequency_monthly,
	quarterly: m.indicators_frequency_quarterly,
	'half-yearly': m.indicators_frequency_half_yearly,
	yearly: m.indicators_frequency_yearly
} as const;

export const channelLabels = {
	form: m.indicators_channel_form,
	csv: m.indicators_channel_csv,
	api: m.indicators_channel_api
} as const;

export const statusLabels = {
	'on-track': m.indicators_status_on_track,
	'at-risk': m.indicators_status_at_risk,
	'off-track': m.indicators_status_off_track,
	none: m.indicators_status_none
} as const;

export const reasonLabels = {
	'no-baseline': m.indicators_reason_no_baseline,
	'no-target': m.indicators_reason_no_target,
	'no-measurement': m.indicators_reason_no_measurement
} as const;

export const frameworkLabels = {
	u4ssc: m.indicators_framework_u4ssc,
	'iso-37122': m.indicators_framework_iso,
	citykeys: m.indicators_framework_citykeys
} as const;

export type StatusView = {
	status: keyof typeof statusLabels;
	reason?: keyof typeof reasonLabels;
};

/** "On track", or "No status: no baseline yet". */
export function statusText(status: StatusView): string {
	return status.status === 'none' && status.reason
		? m.indicators_status_none_because({ reason: reasonLabels[status.reason]() })
		: statusLabels[status.status]();
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A value in the reader's locale, as precise as it was entered (up to 4 decimals). */
export function formatValue(locale: string, value: number): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
		numberFormats.set(locale, format);
	}
	return format.format(value);
}
