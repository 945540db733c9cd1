/** Reads what a failed form action sent back (values kept, field errors, summary). */
export interface FormState {
	values: Record<string, string | string[]>;
	errors: Record<string, string>;
	message?: string;
}

export function formState(form: unknown): FormState {
	if (form && typeof form === 'object' && 'errors' in form) {
		const state = form as Partial<FormState>;
		return { values: state.values ?? {}, errors: state.errors ?? {}, message: state.message };
	}
	return { values: {}, errors: {} };
}

/** One submitted value as a string, for refilling an input. */
export function valueOf(state: FormState, name: string, fallback = ''): string {
	const value = state.values[name];
	return Array.isArray(value) ? (value[0] ?? fallback) : (value ?? fallback);
}
