import { valueOf, type FormState } from '$lib/form';

/**
 * Reads a form's values: what the person sent after a failed submit, else the initial
 * values (the saved record, or a prefill).
 */
export function formReader(state: FormState, initial: Record<string, string | string[]>) {
	const has = (name: string): boolean => name in state.values || state.message !== undefined;
	return {
		one(name: string): string {
			if (has(name)) {
				return valueOf(state, name);
			}
			const value = initial[name];
			return (Array.isArray(value) ? value[0] : value) ?? '';
		},
		many(name: string): string[] {
			const value = has(name) ? state.values[name] : initial[name];
			return Array.isArray(value) ? value : value ? [value] : [];
		}
	};
}
