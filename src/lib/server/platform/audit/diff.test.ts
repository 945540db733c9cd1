import { describe, expect, it } from 'vitest';
import { diff } from './record-audit';

describe('diff', () => {
	it('keeps only the fields that changed, as [before, after]', () => {
		expect(
			diff(
				{ name: 'Lille', population: 236000, languages: ['fr'] },
				{ name: 'Lille', population: 237000, languages: ['fr', 'nl'] }
			)
		).toEqual({ population: [236000, 237000], languages: [['fr'], ['fr', 'nl']] });
	});

	it('ignores fields that were not given', () => {
		expect(diff({ name: 'Roubaix' }, { name: undefined })).toEqual({});
	});
});
