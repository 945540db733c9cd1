/**
 * Errors a use case may raise on purpose. The HTTP layer maps each code to one status;
 * anything else is a bug and becomes a logged 500 with no detail leaked.
 */
export type AppErrorCode =
	| 'validation'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'rate_limited'
	| 'payload_too_large';

export const statusByCode: Record<AppErrorCode, number> = {
	validation: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	payload_too_large: 413,
	rate_limited: 429
};

/** Field name → message key (a Paraglide message id) or already translated text. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		/** A Paraglide message id describing the problem to a person. */
		readonly messageKey: string,
		readonly fields?: FieldErrors,
		readonly retryAfterSeconds?: number
	) {
		super(messageKey);
		this.name = 'AppError';
	}

	get status(): number {
		return statusByCode[this.code];
	}
}

export const notFound = (): AppError => new AppError('not_found', 'error_not_found');
export const forbidden = (): AppError => new AppError('forbidden', 'error_forbidden');
export const unauthenticated = (): AppError =>
	new AppError('unauthenticated', 'error_unauthenticated');
export const conflict = (messageKey: string, fields?: FieldErrors): AppError =>
	new AppError('conflict', messageKey, fields);
export const invalid = (fields: FieldErrors, messageKey = 'error_validation'): AppError =>
	new AppError('validation', messageKey, fields);
