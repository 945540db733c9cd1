import type { FieldChange } from '$lib/server/modules/worksheets/display';

/** Everything the worksheet page's actions may return, in one shape for the page. */
export interface WorksheetActionData {
	values?: Record<string, string | string[]>;
	errors?: Record<string, string>;
	message?: string;
	conflict?: { version: number; updatedAt: string | null; changes: FieldChange[] };
	fileProblems?: { sheet: string; row: number | null; column: number | null; text: string }[];
	extra?: Record<string, number>;
}
