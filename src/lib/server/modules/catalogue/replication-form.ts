import { fieldText, blankToUndefined, type FormValues } from '../../platform/http/form';

/** Rows offered for indicators measured before and after. */
export const indicatorRows = 3;

/** Numbers as typed ("1 200,5" too); anything else stays text for the schema to refuse. */
const number = (value: string): number | string | undefined => {
	if (value === '') {
		return undefined;
	}
	const normalised = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : value;
};

/** The replication report a form describes. Empty indicator rows are left out. */
export function replicationDataFromForm(values: FormValues): Record<string, unknown> {
	const indicators = Array.from({ length: indicatorRows }, (_, index) => ({
		name: fieldText(values, `indicator.${index}.name`),
		unit: blankToUndefined(fieldText(values, `indicator.${index}.unit`)),
		before: number(fieldText(values, `indicator.${index}.before`)),
		after: number(fieldText(values, `indicator.${index}.after`))
	})).filter((row) => row.name !== '' || row.before !== undefined || row.after !== undefined);
	return {
		language: fieldText(values, 'language'),
		adapted: fieldText(values, 'adapted'),
		population: number(fieldText(values, 'population')),
		region: fieldText(values, 'region'),
		country: fieldText(values, 'country'),
		costEuros: number(fieldText(values, 'costEuros')),
		durationMonths: number(fieldText(values, 'durationMonths')),
		results: fieldText(values, 'results'),
		indicators,
		failures: blankToUndefined(fieldText(values, 'failures')),
		recommend: fieldText(values, 'recommend')
	};
}

/** The form's values for a saved report, to fill the form when editing. */
export function replicationFormValues(data: Record<string, unknown>): FormValues {
	const d = data as {
		indicators?: { name: string; unit?: string; before: number; after: number }[];
	} & Record<string, unknown>;
	const text = (key: string): string => {
		const value = d[key];
		return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
	};
	const values: FormValues = {};
	for (const key of [
		'language',
		'adapted',
		'population',
		'region',
		'country',
		'costEuros',
		'durationMonths',
		'results',
		'failures',
		'recommend'
	]) {
		values[key] = text(key);
	}
	(d.indicators ?? []).forEach((row, index) => {
		values[`indicator.${index}.name`] = row.name;
		values[`indicator.${index}.unit`] = row.unit ?? '';
		values[`indicator.${index}.before`] = String(row.before);
		values[`indicator.${index}.after`] = String(row.after);
	});
	return values;
}

/** Fields a replication report may be prefilled with from the address (closing the loop). */
const prefillable = [
	'adapted',
	'population',
	'country',
	'durationMonths',
	'results',
	'failures',
	...Array.from({ length: indicatorRows }, (_, index) =>
		['name', 'unit', 'before', 'after'].map((part) => `indicator.${index}.${part}`)
	).flat()
];

/**
 * The form's values given in the address, e.g. by a roadmap solution that reached its
 * review stage; unknown names are ignored, and everything is checked again on submit.
 */
export function replicationPrefillFromQuery(query: URLSearchParams): FormValues {
	const values: FormValues = {};
	for (const name of prefillable) {
		const value = query.get(name);
		if (value !== null) {
			values[name] = value.slice(0, 4_000);
		}
	}
	return values;
}
