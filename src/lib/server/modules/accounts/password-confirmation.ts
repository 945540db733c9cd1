import { z } from 'zod';
import { limits } from '../../platform/validation';

/**
 * A password that is checked rather than chosen (sign-in, current password): only
 * bounded, so an account created under an older length rule can still sign in.
 */
export const enteredPassword = z.string().min(1).max(limits.password.max);

/** A confirmation field is compared, not judged: its only error is the mismatch. */
export const passwordConfirmation = z.string().max(limits.password.max);

/**
 * Adds "the confirmation repeats the password" to a form schema. The mismatch is reported
 * on the confirmation field even while other fields are still wrong, so the person sees
 * every problem at once.
 */
export function requireConfirmation<S extends z.ZodObject>(
	schema: S,
	passwordField: string,
	confirmationField: string
): S {
	const fieldsOf = (value: unknown): Record<string, unknown> =>
		typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	return schema.refine(
		(value) => fieldsOf(value)[passwordField] === fieldsOf(value)[confirmationField],
		{
			message: 'accounts_validation_password_mismatch',
			path: [confirmationField],
			when: (payload) => {
				const fields = fieldsOf(payload.value);
				return (
					typeof fields[passwordField] === 'string' && typeof fields[confirmationField] === 'string'
				);
			}
		}
	);
}
