import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainIds, familyIds } from './library-schema';
import { loadIndicatorLibrary, type LoadedLibrary } from './load-library';

let shipped: LoadedLibrary;
let scratch: string;

beforeAll(async () => {
	shipped = await loadIndicatorLibrary('content');
	scratch = await mkdtemp(join(tmpdir(), 'territoria-indicators-'));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe('the shipped indicator library', () => {
	it('is valid, with the guide four families and every domain', () => {
		expect(shipped.problems).toEqual([]);
		const library = shipped.library;
		expect(library?.families.map((f) => f.id)).toEqual([...familyIds]);
		expect(library?.domains.map((d) => d.id)).toEqual([...domainIds]);
		expect(library?.selectionRules.length).toBeGreaterThanOrEqual(4);
	});

	it('holds about 30 to 40 indicators with unique ids, each domain and family used', () => {
		const indicators = shipped.library?.indicators ?? [];
		expect(indicators.length).toBeGreaterThanOrEqual(30);
		expect(indicators.length).toBeLessThanOrEqual(45);
		expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
		expect(new Set(indicators.map((i) => i.domain))).toEqual(new Set(domainIds));
		expect(new Set(indicators.map((i) => i.family))).toEqual(new Set(familyIds));
	});

	it('gives every indicator a title, unit and method in English and French', () => {
		for (const indicator of shipped.library?.indicators ?? []) {
			for (const text of [indicator.title, indicator.unit, indicator.method]) {
				expect(text.en.trim(), indicator.id).not.toBe('');
				expect(text.fr.trim(), indicator.id).not.toBe('');
			}
		}
	});

	it('uses a no-break space before French high punctuation', () => {
		for (const indicator of shipped.library?.indicators ?? []) {
			expect(indicator.method.fr, indicator.id).not.toMatch(/ [:;?!]/);
		}
	});
});

describe('loading the library', () => {
	it('reports a missing translation, a duplicate id and a file named after another domain', async () => {
		const dir = join(scratch, 'broken');
		await mkdir(join(dir, 'indicators'), { recursive: true });
		await cp(
			join('content', 'indicators', 'families.yaml'),
			join(dir, 'indicators', 'families.yaml')
		);
		const indicator = (id: string, fr = 'T') =>
			[
				`  - id: ${id}`,
				'    family: social-inclusion',
				'    kind: count',
				'    direction: higher',
				'    unit: { en: users, fr: usagers }',
				`    title: { en: T, fr: ${fr} }`,
				'    method: { en: M, fr: M }'
			].join('\n');
		await writeFile(
			join(dir, 'indicators', 'b1-services.yaml'),
			['domain: b2-planning', 'indicators:', indicator('one'), indicator('one')].join('\n')
		);
		const result = await loadIndicatorLibrary(dir);
		expect(result.library).toBeNull();
		expect(result.problems.map((p) => p.message)).toEqual([
			'domain "b2-planning" must match the file name (b2-planning.yaml)',
			'indicator id "one" is used twice'
		]);
		await writeFile(
			join(dir, 'indicators', 'b1-services.yaml'),
			['domain: b1-services', 'indicators:', indicator('one', '""')].join('\n')
		);
		const second = await loadIndicatorLibrary(dir);
		expect(second.problems).toHaveLength(1);
		expect(second.problems[0]?.line).toBe(8);
	});
});
