import { z } from 'zod';
import { invalid } from './errors';

/**
 * Shared zod building blocks, so that the UI and the API agree on limits. PostgreSQL text
 * cannot hold NUL, so every free text refuses it with a clear message instead of failing
 * at insert time.
 */
export const limits = {
	name: 200,
	email: 254,
	password: { min: 12, max: 256 },
	shortText: 500,
	longText: 20_000
} as const;

const noNul = (value: string): boolean => !value.includes('\u0000');

export function text(options: { min?: number; max: number }): z.ZodString {
	return z
		.string()
		.trim()
		.min(options.min ?? 1)
		.max(options.max)
		.refine(noNul, { message: 'validation_invalid_characters' });
}

export const email = z
	.string()
	.trim()
	.max(limits.email)
	.pipe(z.email({ message: 'validation_email' }));

/** Passwords are not trimmed: spaces are allowed characters. */
export const password = z
	.string()
	.min(limits.password.min, { message: 'validation_password_length' })
	.max(limits.password.max, { message: 'validation_password_length' })
	.refine(noNul, { message: 'validation_invalid_characters' });

export const slug = z
	.string()
	.trim()
	.min(2)
	.max(80)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'validation_slug' });

export const uuid = z.uuid({ message: 'validation_invalid' });

/**
 * A schema's own message is a Paraglide message id (`validation_required`,
 * `catalogue_error_url`); zod's defaults are English sentences, replaced by a generic id.
 */
const messageId = /^[a-z]+_[a-z0-9_]+$/;

/**
 * Parses a use case's input, turning a failure into a 400 AppError naming the fields, so
 * that input a route forgot to check never becomes a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) {
		return result.data;
	}
	const fields: Record<string, string> = {};
	for (const issue of result.error.issues) {
		fields[issue.path.map(String).join('.') || 'form'] ??= messageId.test(issue.message)
			? issue.message
			: 'validation_invalid';
	}
	throw invalid(fields);
}
