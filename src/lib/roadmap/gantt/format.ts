import { dateFormatter } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { GanttScale, MilestoneStatus } from '$lib/server/modules/roadmap/gantt/gantt-layout';

/**
 * How the chart and its table put dates and statuses into words, in the reader's locale
 * (passed explicitly: the standalone SVG may be asked for in another language than the
 * page). Formatters are built once per locale and reused.
 */
const monthFormatters = new Map<string, Intl.DateTimeFormat>();

function monthFormatter(locale: string): Intl.DateTimeFormat {
	let formatter = monthFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, {
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		});
		monthFormatters.set(locale, formatter);
	}
	return formatter;
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function formatDay(locale: Locale, iso: string): string {
	return dateFormatter(locale).format(utc(iso));
}

export function tickLabel(locale: Locale, scale: GanttScale, start: string): string {
	const year = start.slice(0, 4);
	if (scale === 'year') {
		return year;
	}
	if (scale === 'quarter') {
		const quarter = Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1;
		return m.roadmap_gantt_quarter({ quarter, year }, { locale });
	}
	return monthFormatter(locale).format(utc(start));
}

export function statusLabel(locale: Locale, status: MilestoneStatus): string {
	const labels: Record<MilestoneStatus, () => string> = {
		'not-started': () => m.roadmap_gantt_status_not_started({}, { locale }),
		'in-progress': () => m.roadmap_gantt_status_in_progress({}, { locale }),
		done: () => m.roadmap_gantt_status_done({}, { locale }),
		cancelled: () => m.roadmap_gantt_status_cancelled({}, { locale })
	};
	return labels[status]();
}

export function formatPeriod(locale: Locale, start: string, end: string): string {
	return m.roadmap_gantt_period(
		{ start: formatDay(locale, start), end: formatDay(locale, end) },
		{ locale }
	);
}

/** Long titles are cut to fit the label column; the whole title stays in a tooltip. */
export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
