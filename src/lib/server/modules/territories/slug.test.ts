import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugify } from './slug';

describe('slugify', () => {
	it.each([
		['Métropole Européenne de Lille', 'metropole-europeenne-de-lille'],
		['Saint-Étienne', 'saint-etienne'],
		["L'Haÿ-les-Roses", 'l-hay-les-roses'],
		['Œuvre  commune', 'oeuvre-commune'],
		['  --Roubaix--  ', 'roubaix'],
		['الدار البيضاء', 'territory'],
		['🏙️', 'territory']
	])('%s → %s', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	it('stays within 70 characters and never ends with a hyphen', () => {
		const slug = slugify('a '.repeat(200));
		expect(slug.length).toBeLessThanOrEqual(70);
		expect(slug.endsWith('-')).toBe(false);
	});
});

describe('firstFreeSlug', () => {
	it('numbers a taken slug from 2', () => {
		expect(firstFreeSlug('lille', new Set())).toBe('lille');
		expect(firstFreeSlug('lille', new Set(['lille']))).toBe('lille-2');
		expect(firstFreeSlug('lille', new Set(['lille', 'lille-2']))).toBe('lille-3');
	});
});
