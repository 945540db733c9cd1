import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { AppError } from '../errors';
import { translate, translateIssue } from '../i18n/messages';

export type FormValues = Record<string, string | string[]>;

/** What a failed form action returns: the input kept, a message per field, a summary. */
export interface FormFailure {
	values: FormValues;
	errors: Record<string, string>;
	message: string;
}

/** The trimmed text of a field ('' when absent; the first value when repeated). */
export function fieldText(values: FormValues, name: string): string {
	const value = values[name];
	return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The trimmed, non-empty values of a repeated field (ticked boxes, list rows). */
export function fieldList(values: FormValues, name: string): string[] {
	const value = values[name];
	return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
}

/** A blank field means "not given", which zod's `.optional()` expects as undefined. */
export const blankToUndefined = (value: string): string | undefined =>
	value === '' ? undefined : value;

/** Secrets are never sent back to the browser, even to refill a form. */
const secretField = /password|token/i;

export function formValues(formData: FormData): FormValues {
	const values: FormValues = {};
	for (const key of new Set(formData.keys())) {
		if (secretField.test(key)) {
			continue;
		}
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return values;
}

function rawObject(formData: FormData, arrayFields: readonly string[]): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = arrayFields.includes(key) ? all : all[0];
	}
	for (const key of arrayFields) {
		raw[key] ??= [];
	}
	return raw;
}

export type ParsedForm<T> =
	{ ok: true; data: T; values: FormValues } | { ok: false; failure: ActionFailure<FormFailure> };

/** Validates a submitted form; on failure returns a 400 with translated field messages. */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	options: { arrayFields?: readonly string[] } = {}
): Promise<ParsedForm<z.output<S>>> {
	const formData = await request.formData();
	const values = formValues(formData);
	const result = schema.safeParse(rawObject(formData, options.arrayFields ?? []));
	if (result.success) {
		return { ok: true, data: result.data, values };
	}
	const errors: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		errors[field] ??= translateIssue(issue);
	}
	return {
		ok: false,
		failure: fail(400, { values, errors, message: translate('error_validation') })
	};
}

/** Turns an AppError raised by a use case into a form failure; rethrows anything else. */
export function failFromError(error: unknown, values: FormValues): ActionFailure<FormFailure> {
	if (!(error instanceof AppError)) {
		throw error;
	}
	const errors = Object.fromEntries(
		Object.entries(error.fields ?? {}).map(([field, key]) => [field, translate(key)])
	);
	return fail(error.status, { values, errors, message: translate(error.messageKey) });
}
