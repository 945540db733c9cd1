import type { $ZodIssue } from 'zod/v4/core';
import * as m from '$lib/paraglide/messages';
import { getLocale, type locales } from '$lib/paraglide/runtime';

export type Locale = (typeof locales)[number];

type MessageFunction = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const messages = m as unknown as Record<string, MessageFunction | undefined>;

export function hasMessage(key: string): boolean {
	return typeof messages[key] === 'function';
}

/**
 * Translates a message id chosen at run time (error codes, enum labels). Unknown ids are
 * returned unchanged, so a caller may also pass text that is already translated.
 */
export function translate(
	key: string,
	params: Record<string, unknown> = {},
	locale?: Locale
): string {
	const message = messages[key];
	return message ? message(params, { locale: locale ?? getLocale() }) : key;
}

/** Right-to-left scripts among the locales we may add; today's en and fr are both ltr. */
const rtlLocales = new Set(['ar', 'fa', 'he', 'ur']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
	return rtlLocales.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/** A person-readable message for one zod issue, in the request's language. */
export function translateIssue(issue: $ZodIssue, locale?: Locale): string {
	if (issue.message && hasMessage(issue.message)) {
		return translate(issue.message, {}, locale);
	}
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string') {
				return Number(issue.minimum) <= 1
					? translate('validation_required', {}, locale)
					: translate('validation_too_short', { min: Number(issue.minimum) }, locale);
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return translate('validation_choose_one', {}, locale);
			}
			return translate('validation_too_small', { min: Number(issue.minimum) }, locale);
		case 'too_big':
			if (issue.origin === 'string') {
				return translate('validation_too_long', { max: Number(issue.maximum) }, locale);
			}
			return translate('validation_too_big', { max: Number(issue.maximum) }, locale);
		case 'invalid_format':
			return issue.format === 'email'
				? translate('validation_email', {}, locale)
				: translate('validation_format', {}, locale);
		case 'invalid_type':
			return issue.input === undefined || issue.input === null
				? translate('validation_required', {}, locale)
				: translate('validation_invalid', {}, locale);
		case 'invalid_value':
			return translate('validation_choose_one', {}, locale);
		default:
			return translate('validation_invalid', {}, locale);
	}
}
