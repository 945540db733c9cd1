/**
 * Date formatters, built once per locale and style and reused: building an
 * Intl.DateTimeFormat costs far more than using one. Dates show in UTC, so the server's
 * rendering and the browser's hydration agree on the day.
 */
export type DateStyle = 'date' | 'long-date' | 'date-time';

const options: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	date: { dateStyle: 'medium', timeZone: 'UTC' },
	'long-date': { dateStyle: 'long', timeZone: 'UTC' },
	'date-time': { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(locale: string, style: DateStyle = 'date'): Intl.DateTimeFormat {
	const key = `${locale}|${style}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, options[style]);
		formatters.set(key, formatter);
	}
	return formatter;
}
