import { translate } from '../../platform/i18n/messages';
import { countryName } from '$lib/territories/labels';
import { getLocale } from '$lib/paraglide/runtime';

/**
 * Labels of the catalogue's vocabularies, translated on the server so that pages do not
 * ship every label to the browser. Message ids are `catalogue_<list>_<value>` with dashes
 * turned into underscores (`catalogue_region_sub_saharan_africa`).
 */
export type VocabularyList =
	| 'domain'
	| 'region'
	| 'population'
	| 'tool'
	| 'layer'
	| 'cost'
	| 'maturity'
	| 'risk'
	| 'stakeholder'
	| 'evidence'
	| 'language'
	| 'status'
	| 'kind'
	| 'speaking_for'
	| 'recommend'
	| 'decision'
	| 'criterion';

export function vocabularyLabel(list: VocabularyList | 'country', value: string): string {
	if (list === 'country') {
		return countryName(value, getLocale());
	}
	return translate(`catalogue_${list}_${value.replace(/-/g, '_')}`);
}

export interface Labelled {
	value: string;
	label: string;
}

export const labelled = (list: VocabularyList | 'country', values: readonly string[]): Labelled[] =>
	values.map((value) => ({ value, label: vocabularyLabel(list, value) }));
