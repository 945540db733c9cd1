/**
 * A URL-safe slug from a name: accents removed, lower case, words joined by hyphens.
 * "Métropole Européenne de Lille" → "metropole-europeenne-de-lille". Names with no Latin
 * letters (e.g. Arabic) give "territory" and rely on the numbered suffix.
 */
export function slugify(name: string): string {
	const base = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[œŒ]/g, 'oe')
		.replace(/[æÆ]/g, 'ae')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 70)
		.replace(/-+$/g, '');
	return base.length >= 2 ? base : 'territory';
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) {
		return base;
	}
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!taken.has(candidate)) {
			return candidate;
		}
	}
}
