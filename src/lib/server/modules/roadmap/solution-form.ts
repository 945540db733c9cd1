import { z } from 'zod';
import { milestoneFields, solutionFields } from './solution-input';

/**
 * The HTML forms send text only: these schemas turn blanks into "not given", a ticked box
 * into true and typed numbers into numbers, then check with the same schemas as the use
 * cases and the API, so that a limit or a message is the same everywhere.
 */
type Raw = Record<string, unknown>;

const blankToNull = (value: unknown): unknown =>
	typeof value === 'string' && value.trim() === '' ? null : value;

/** "120 000,50" → "120000.50"; anything else is left for the schema to refuse. */
export function normaliseAmount(value: unknown): unknown {
	if (typeof value !== 'string') {
		return value;
	}
	const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	return compact === '' ? null : compact;
}

const fromSolutionForm = (raw: unknown): unknown => {
	const values = (raw ?? {}) as Raw;
	return {
		...values,
		budgetAmount: normaliseAmount(values.budgetAmount),
		budgetCurrency: typeof values.budgetCurrency === 'string' ? values.budgetCurrency : undefined,
		thematicAreaId: blankToNull(values.thematicAreaId),
		pilotActionId: blankToNull(values.pilotActionId),
		practiceId: blankToNull(values.practiceId),
		published: values.published === 'on' || values.published === 'true'
	};
};

const fromMilestoneForm = (raw: unknown): unknown => {
	const values = (raw ?? {}) as Raw;
	const weight = typeof values.weight === 'string' ? values.weight.trim() : values.weight;
	return {
		...values,
		actualStart: blankToNull(values.actualStart),
		actualEnd: blankToNull(values.actualEnd),
		responsibleId: blankToNull(values.responsibleId),
		weight: weight === '' || weight === undefined ? undefined : Number(weight)
	};
};

const version = { version: z.coerce.number().int().min(1) };

export const solutionArrayFields = ['ambitionIds'] as const;
export const milestoneArrayFields = ['dependsOn'] as const;

export const solutionForm = z.preprocess(fromSolutionForm, solutionFields);
export const solutionEditForm = z.preprocess(fromSolutionForm, solutionFields.extend(version));
export const milestoneForm = z.preprocess(fromMilestoneForm, milestoneFields);
export const milestoneEditForm = z.preprocess(fromMilestoneForm, milestoneFields.extend(version));
