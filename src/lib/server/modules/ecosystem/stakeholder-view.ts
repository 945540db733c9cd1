import { translate } from '../../platform/i18n/messages';
import type { StakeholderFields } from './stakeholder-fields';
import type { StakeholderCategoryRow, StakeholderRow } from './stakeholder-target';
import { commitmentIds, gainIds, labelKey, resourceIds, standardCategories } from './vocabulary';

export interface Option {
	value: string;
	label: string;
}

/** The guide's categories, then the territory's own, as options in the request's language. */
export function categoryOptions(custom: readonly StakeholderCategoryRow[]): Option[] {
	return [
		...standardCategories.map((id) => ({ value: id, label: translate(labelKey('category', id)) })),
		...custom.map((c) => ({
			value: c.key,
			label: translate('ecosystem_custom_category_group', { label: c.label })
		}))
	];
}

export function categoryLabel(id: string, custom: readonly StakeholderCategoryRow[]): string {
	const own = custom.find((c) => c.key === id);
	return own ? own.label : translate(labelKey('category', id));
}

const options = (list: 'gain' | 'resource' | 'commitment', ids: readonly string[]): Option[] =>
	ids.map((id) => ({ value: id, label: translate(labelKey(list, id)) }));

export const gainOptions = (): Option[] => options('gain', gainIds);
export const resourceOptions = (): Option[] => options('resource', resourceIds);
export const commitmentOptions = (): Option[] => options('commitment', commitmentIds);

/** Ids of one list as their labels, joined for a table cell. */
export function labelsOf(list: 'gain' | 'resource' | 'commitment', ids: readonly string[]): string {
	return ids.map((id) => translate(labelKey(list, id))).join(', ');
}

/** Every option list of the stakeholder form. */
export function stakeholderFormOptions(custom: readonly StakeholderCategoryRow[]) {
	return {
		categories: categoryOptions(custom),
		gains: gainOptions(),
		resources: resourceOptions(),
		commitments: commitmentOptions()
	};
}

/** A saved stakeholder as the values of its edit form. */
export function formValuesOf(row: StakeholderRow): Record<string, string | string[]> {
	return {
		name: row.name,
		category: row.category,
		gains: row.gains,
		gainNote: row.gainNote,
		resources: row.resources,
		resourceNote: row.resourceNote,
		commitments: row.commitments,
		commitmentNote: row.commitmentNote,
		influence: String(row.influence),
		interest: String(row.interest),
		contact: row.contact,
		notes: row.notes
	};
}

const fieldLabels: Record<keyof StakeholderFields, string> = {
	name: 'ecosystem_field_name',
	category: 'ecosystem_field_category',
	gains: 'ecosystem_field_gains',
	gainNote: 'ecosystem_field_gain_note',
	resources: 'ecosystem_field_resources',
	resourceNote: 'ecosystem_field_resource_note',
	commitments: 'ecosystem_field_commitments',
	commitmentNote: 'ecosystem_field_commitment_note',
	influence: 'ecosystem_field_influence',
	interest: 'ecosystem_field_interest',
	contact: 'ecosystem_field_contact',
	notes: 'ecosystem_field_notes'
};

/** A field's value as a person reads it. */
function shown(
	field: keyof StakeholderFields,
	value: StakeholderFields[keyof StakeholderFields],
	custom: readonly StakeholderCategoryRow[]
): string {
	switch (field) {
		case 'category':
			return categoryLabel(String(value), custom);
		case 'gains':
		case 'resources':
		case 'commitments':
			return labelsOf(
				field === 'gains' ? 'gain' : field === 'resources' ? 'resource' : 'commitment',
				Array.isArray(value) ? value : []
			);
		default:
			return String(value);
	}
}

/** The fields where the saved version and the person's own differ, for a conflict. */
export function differences(
	saved: StakeholderFields,
	mine: StakeholderFields,
	custom: readonly StakeholderCategoryRow[]
): { field: string; current: string; yours: string }[] {
	return (Object.keys(fieldLabels) as (keyof StakeholderFields)[])
		.filter((field) => JSON.stringify(saved[field]) !== JSON.stringify(mine[field]))
		.map((field) => ({
			field: translate(fieldLabels[field]),
			current: shown(field, saved[field], custom),
			yours: shown(field, mine[field], custom)
		}));
}
