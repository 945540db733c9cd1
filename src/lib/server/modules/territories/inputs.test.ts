import { describe, expect, it } from 'vitest';
import { createTerritoryInput } from './create-territory';

const base = { name: 'Bergues', kind: 'municipality', country: 'fr' };

describe('territory inputs', () => {
	it('normalises country, languages, population and parent from a form', () => {
		expect(
			createTerritoryInput.parse({
				...base,
				languages: 'fr, nl  fr',
				population: '3800',
				parent: ''
			})
		).toMatchObject({ country: 'FR', languages: ['fr', 'nl'], population: 3800, parent: null });
	});

	it('accepts the API shape: an array of languages and a null population', () => {
		expect(
			createTerritoryInput.parse({ ...base, languages: ['ar', 'pt-BR'], population: null })
		).toMatchObject({
			languages: ['ar', 'pt-BR'],
			population: null
		});
	});

	it('refuses unknown countries, malformed languages, negative populations and bad kinds', () => {
		const issues = (input: object): string[] =>
			createTerritoryInput.safeParse({ ...base, ...input }).error?.issues.map((i) => i.message) ??
			[];
		expect(issues({ country: 'XX' })).toEqual(['territories_error_country']);
		expect(issues({ languages: 'french!' })).toEqual(['territories_error_languages']);
		expect(issues({ population: '-5' }).length).toBe(1);
		expect(issues({ kind: 'empire' })).toEqual(['validation_choose_one']);
	});
});
