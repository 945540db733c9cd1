import { m } from '$lib/paraglide/messages';

export const kinds = ['metropolis', 'municipality', 'district', 'other'] as const;
export const roles = ['owner', 'editor', 'contributor', 'viewer'] as const;
export type Kind = (typeof kinds)[number];
export type Role = (typeof roles)[number];

const kindLabels: Record<Kind, () => string> = {
	metropolis: m.territories_kind_metropolis,
	municipality: m.territories_kind_municipality,
	district: m.territories_kind_district,
	other: m.territories_kind_other
};

const roleLabels: Record<Role, () => string> = {
	owner: m.territories_role_owner,
	editor: m.territories_role_editor,
	contributor: m.territories_role_contributor,
	viewer: m.territories_role_viewer
};

export const kindLabel = (kind: Kind): string => kindLabels[kind]();
export const roleLabel = (role: Role): string => roleLabels[role]();

const regionNames = new Map<string, Intl.DisplayNames>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are built once per locale and reused: building one is the costly part. */
function cached<T>(cache: Map<string, T>, locale: string, build: () => T): T {
	let value = cache.get(locale);
	if (value === undefined) {
		value = build();
		cache.set(locale, value);
	}
	return value;
}

export function countryName(code: string, locale: string): string {
	return (
		cached(regionNames, locale, () => new Intl.DisplayNames([locale], { type: 'region' })).of(
			code
		) ?? code
	);
}

export function formatNumber(value: number, locale: string): string {
	return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}
