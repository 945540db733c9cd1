import { fieldText, fieldList, blankToUndefined, type FormValues } from '../../platform/http/form';
import type { PracticeTextsByLanguage } from './types';

/**
 * The practice form's fields and the contribution data they make. The form edits the
 * texts of one language at a time (`textLanguage`); texts of other languages already in
 * the contribution are kept.
 */
const year = (value: string): number | string | undefined =>
	value === '' ? undefined : /^\d{1,4}$/.test(value) ? Number(value) : value;
const lines = (value: string): string[] =>
	value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** One link per line: the address, then optionally a space and a label. */
function links(value: string): { url: string; label?: string }[] {
	return lines(value).map((line) => {
		const [url = '', ...label] = line.split(/\s+/);
		return label.length > 0 ? { url, label: label.join(' ') } : { url };
	});
}

export function practiceDataFromForm(
	values: FormValues,
	base: { originalLanguage?: string; texts?: PracticeTextsByLanguage } = {}
): Record<string, unknown> {
	const textLanguage = fieldText(values, 'textLanguage');
	const from = year(fieldText(values, 'periodFrom'));
	const to = year(fieldText(values, 'periodTo'));
	return {
		originalLanguage: base.originalLanguage ?? textLanguage,
		texts: {
			...base.texts,
			[textLanguage]: {
				title: fieldText(values, 'title'),
				summary: fieldText(values, 'summary'),
				place: fieldText(values, 'place'),
				body: fieldText(values, 'body'),
				facts: lines(fieldText(values, 'facts')),
				lessons: blankToUndefined(fieldText(values, 'lessons'))
			}
		},
		countries: fieldList(values, 'countries'),
		region: fieldText(values, 'region'),
		populationBand: fieldText(values, 'populationBand'),
		domains: fieldList(values, 'domains'),
		toolTypes: fieldList(values, 'toolTypes'),
		layers: fieldList(values, 'layers'),
		costBand: blankToUndefined(fieldText(values, 'costBand')),
		maturityNeeded: fieldText(values, 'maturityNeeded'),
		risks: fieldList(values, 'risks'),
		stakeholders: fieldList(values, 'stakeholders'),
		period: from === undefined ? undefined : { from, to },
		links: links(fieldText(values, 'links')),
		contact: blankToUndefined(fieldText(values, 'contact'))
	};
}

/** The form's values for a practice's data, to fill the form when editing. */
export function practiceFormValues(
	data: Record<string, unknown>,
	textLanguage: string
): FormValues {
	const d = data as {
		texts?: PracticeTextsByLanguage;
		countries?: string[];
		region?: string;
		populationBand?: string;
		domains?: string[];
		toolTypes?: string[];
		layers?: string[];
		costBand?: string;
		maturityNeeded?: string;
		risks?: string[];
		stakeholders?: string[];
		period?: { from: number; to?: number };
		links?: { url: string; label?: string }[];
		contact?: string;
	};
	const texts = d.texts?.[textLanguage as keyof PracticeTextsByLanguage];
	return {
		textLanguage,
		title: texts?.title ?? '',
		summary: texts?.summary ?? '',
		place: texts?.place ?? '',
		body: texts?.body ?? '',
		facts: (texts?.facts ?? []).join('\n'),
		lessons: texts?.lessons ?? '',
		countries: d.countries ?? [],
		region: d.region ?? '',
		populationBand: d.populationBand ?? '',
		domains: d.domains ?? [],
		toolTypes: d.toolTypes ?? [],
		layers: d.layers ?? [],
		costBand: d.costBand ?? '',
		maturityNeeded: d.maturityNeeded ?? '',
		risks: d.risks ?? [],
		stakeholders: d.stakeholders ?? [],
		periodFrom: d.period ? String(d.period.from) : '',
		periodTo: d.period?.to ? String(d.period.to) : '',
		links: (d.links ?? []).map((l) => (l.label ? `${l.url} ${l.label}` : l.url)).join('\n'),
		contact: d.contact ?? ''
	};
}

/**
 * Where a data error shows on the form: `texts.fr.title` → `title`, `period.to` →
 * `periodTo`, `links.2.url` → `links`, `countries.0` → `countries`, and a replication
 * report's `indicators.1.after` → `indicator.1.after`.
 */
export function formFieldOf(path: string): string {
	const parts = path.split('.');
	if (parts[0] === 'indicators') {
		return ['indicator', ...parts.slice(1)].join('.');
	}
	if (parts[0] === 'texts') {
		return parts[2] ?? 'title';
	}
	if (parts[0] === 'period') {
		return parts[1] === 'to' ? 'periodTo' : 'periodFrom';
	}
	return parts[0] ?? 'form';
}
