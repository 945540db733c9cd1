import { getLocale } from '$lib/paraglide/runtime';
import { contentLocales, type ContentLocale } from './content-schema';

/** The request's language as a content language (content is written in every UI language). */
export function contentLocale(): ContentLocale {
	const locale = getLocale();
	return contentLocales.find((candidate) => candidate === locale) ?? 'en';
}
