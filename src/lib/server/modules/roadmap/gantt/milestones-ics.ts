import { dateFormatter } from '$lib/dates';
import { translate, type Locale } from '../../../platform/i18n/messages';
import type { MilestoneStatus } from './gantt-layout';
import { dayNumber, isoOfDay } from './gantt-layout';

/**
 * The milestones as an iCalendar file (RFC 5545): one all-day event per milestone over
 * its planned dates. The UID is the milestone's id, so a calendar that subscribes again
 * updates each event instead of adding a copy.
 */
export interface IcsSolution {
	title: string;
	milestones: readonly {
		id: string;
		title: string;
		plannedStart: string;
		plannedEnd: string;
		actualStart: string | null;
		actualEnd: string | null;
		status: MilestoneStatus;
		responsibleName: string | null;
		version: number;
	}[];
}

/** TEXT values: backslash, comma, semicolon and newlines are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF then one space (§3.1). Cuts fall between
 * characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts in their 75 octets.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compact = (iso: string): string => iso.replace(/-/g, '');
const stamp = (date: Date): string =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

function statusLabel(status: MilestoneStatus, locale: Locale): string {
	return translate(`roadmap_gantt_status_${status.replace('-', '_')}`, {}, locale);
}

export function writeMilestonesIcs(options: {
	territoryName: string;
	solutions: readonly IcsSolution[];
	locale: Locale;
	now: Date;
}): string {
	const { locale } = options;
	const day = (iso: string): string => dateFormatter(locale).format(new Date(`${iso}T00:00:00Z`));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Territoria//Roadmap milestones//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(translate('roadmap_gantt_ics_calendar', { territory: options.territoryName }, locale))}`
	];
	for (const solution of options.solutions) {
		for (const milestone of solution.milestones) {
			const details = [
				translate(
					'roadmap_gantt_ics_status',
					{ status: statusLabel(milestone.status, locale) },
					locale
				)
			];
			if (milestone.actualStart && milestone.actualEnd) {
				details.push(
					translate(
						'roadmap_gantt_ics_actual',
						{ start: day(milestone.actualStart), end: day(milestone.actualEnd) },
						locale
					)
				);
			} else if (milestone.actualStart) {
				details.push(
					translate(
						'roadmap_gantt_ics_actual_running',
						{ start: day(milestone.actualStart) },
						locale
					)
				);
			}
			if (milestone.responsibleName) {
				details.push(
					translate('roadmap_gantt_ics_responsible', { name: milestone.responsibleName }, locale)
				);
			}
			lines.push(
				'BEGIN:VEVENT',
				`UID:milestone-${milestone.id}@territoria`,
				`DTSTAMP:${stamp(options.now)}`,
				`DTSTART;VALUE=DATE:${compact(milestone.plannedStart)}`,
				// DTEND is the day after the last one: all-day events end exclusively.
				`DTEND;VALUE=DATE:${compact(isoOfDay(dayNumber(milestone.plannedEnd) + 1))}`,
				`SEQUENCE:${milestone.version - 1}`,
				`SUMMARY:${escapeText(`${solution.title}: ${milestone.title}`)}`,
				`DESCRIPTION:${escapeText(details.join('\n'))}`,
				`STATUS:${milestone.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
				'TRANSP:TRANSPARENT',
				'END:VEVENT'
			);
		}
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
