import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { startGuideContent } from '../guide/content';
import { languagesOf, reindexPractices } from './index-practices';
import { loadPractices, type ShippedPractice } from './load-practices';
import { practicesTable } from './schema';
import { facetNames, pageSize, type FacetName, type SearchPracticesInput } from './search-input';
import { searchPractices, type PracticeSearchResult } from './search-practices';
import { syncContentPractices } from './sync-content-practices';

let database: Database;
let shipped: ShippedPractice[];
const ctx = () => contextFor(database.db, anonymous);
const top = async (lang: 'en' | 'fr', q: string, n = 3) =>
	(await searchPractices(ctx(), { lang, q })).items.slice(0, n).map((item) => item.slug);

/** Every result of a search, page after page, in order. */
async function allResults(input: SearchPracticesInput): Promise<PracticeSearchResult['items']> {
	const items: PracticeSearchResult['items'] = [];
	for (let page = 1; ; page++) {
		const result = await searchPractices(ctx(), { ...input, page });
		items.push(...result.items);
		if (result.items.length < pageSize) {
			return items;
		}
	}
}
const allSlugs = async (input: SearchPracticesInput) =>
	(await allResults(input)).map((item) => item.slug);

beforeAll(async () => {
	const { methods } = await startGuideContent('content');
	({ practices: shipped } = await loadPractices('content', methods));
	database = await createTestDatabase();
	await syncContentPractices(database.db, shipped);
});

afterAll(async () => {
	await database.close();
});

describe('loading the shipped practices', () => {
	it('loads every file once; loading again changes nothing', async () => {
		expect(shipped.length).toBeGreaterThanOrEqual(27);
		const again = await syncContentPractices(database.db, shipped);
		expect(again).toEqual({ created: [], updated: [] });
		const rows = await database.db.select({ slug: practicesTable.slug }).from(practicesTable);
		expect(rows.map((r) => r.slug).sort()).toEqual(shipped.map((s) => s.practice.id).sort());
	});
});

describe('searching the catalogue', () => {
	it('finds practices by their words in English', async () => {
		expect(await top('en', 'participatory budget', 1)).toEqual([
			'belo-horizonte-e-participatory-budget'
		]);
		expect(await top('en', 'waste recycling', 1)).toEqual(['lagos-wecyclers']);
	});

	it('finds practices by their words in French, accents or not', async () => {
		expect(await top('fr', 'budget participatif', 1)).toEqual([
			'belo-horizonte-e-participatory-budget'
		]);
		expect(await top('fr', 'dechets', 1)).toEqual(['lagos-wecyclers']);
	});

	it('forgives a typo in a place name', async () => {
		expect(await top('en', 'Guediawaie')).toContain('guediawaye-decentralised-cooperation');
	});

	it('refuses an over-long query with 400', async () => {
		expect(await statusOf(searchPractices(ctx(), { q: 'x'.repeat(10_000) }))).toBe(400);
	});
});

describe('relevance', () => {
	it('ranks the practice about the query first, in English', async () => {
		expect(await top('en', 'tax collection', 1)).toEqual(['kampala-e-citie']);
		expect(await top('en', 'tax collection')).toContain('cape-town-planning-gis');
		expect((await top('en', 'open data')).sort()).toEqual([
			'kathmandu-open-cities',
			'montevideo-open-data-group',
			'rennes-open-data'
		]);
		expect(await top('en', 'flood risk mapping', 1)).toEqual([
			'dar-es-salaam-participatory-mapping'
		]);
		expect(await top('en', 'incubator', 1)).toEqual(['niamey-cipmen-incubator']);
		expect((await top('en', 'incubator')).sort()).toEqual([
			'le-havre-digital-city',
			'mekong-startup-tourism',
			'niamey-cipmen-incubator'
		]);
		expect(await top('en', 'earthquakes', 1)).toEqual(['kathmandu-open-cities']);
		expect(await top('en', 'energy data', 1)).toEqual(['lille-energy-data-tool']);
		expect(await top('en', 'cybersecurity', 1)).toEqual(['lille-cybersecurity-mutualisation']);
		expect(await top('en', 'civil registry', 1)).toEqual(['fes-e-civil-registry']);
		expect(await top('en', 'public internet access', 1)).toEqual([
			'jamaica-community-access-points'
		]);
	});

	it('ranks the practice about the query first, in French, accents or not', async () => {
		expect((await top('fr', 'données ouvertes')).sort()).toEqual([
			'kathmandu-open-cities',
			'montevideo-open-data-group',
			'rennes-open-data'
		]);
		expect((await top('fr', 'donnees ouvertes')).sort()).toEqual(
			(await top('fr', 'données ouvertes')).sort()
		);
		expect(await top('fr', 'cybersécurité', 1)).toEqual(['lille-cybersecurity-mutualisation']);
		expect(await top('fr', 'cybersecurite', 1)).toEqual(['lille-cybersecurity-mutualisation']);
		expect(await top('fr', 'incubateur', 1)).toEqual(['niamey-cipmen-incubator']);
		expect(await top('fr', 'risque d’inondation', 1)).toEqual([
			'dar-es-salaam-participatory-mapping'
		]);
		expect(await top('fr', 'impôts locaux', 1)).toEqual(['kampala-e-citie']);
		expect(await top('fr', 'état civil', 1)).toEqual(['fes-e-civil-registry']);
		expect(await top('fr', 'séisme', 1)).toEqual(['kathmandu-open-cities']);
		expect(await top('fr', 'énergie', 1)).toEqual(['lille-energy-data-tool']);
	});

	it('ranks title matches above body matches', async () => {
		expect((await top('en', 'data', 4)).sort()).toEqual([
			'kathmandu-open-cities',
			'lille-energy-data-tool',
			'montevideo-open-data-group',
			'rennes-open-data'
		]);
	});

	it('forgives typos in place names in both languages', async () => {
		expect(await top('en', 'Johanesburg', 1)).toEqual(['johannesburg-hack-jozi']);
		expect(await top('fr', 'Katmandou', 1)).toEqual(['kathmandu-open-cities']);
		expect(await top('fr', 'Guediawaie', 1)).toEqual(['guediawaye-decentralised-cooperation']);
	});
});

/** The values a shipped practice has for each facet, as the search index stores them. */
function facetValues(practice: ShippedPractice['practice']): Record<FacetName, string[]> {
	return {
		domain: practice.domains,
		region: [practice.region],
		country: practice.countries,
		population: [practice.populationBand],
		tool: practice.toolTypes,
		cost: practice.costBand ? [practice.costBand] : [],
		risk: practice.risks,
		evidence: [practice.evidenceLevel],
		language: languagesOf(practice)
	};
}

type Filters = Partial<Record<FacetName, string[]>>;

/** Values of one facet OR, facets AND; `except` leaves one facet's filter out. */
const passes = (values: Record<FacetName, string[]>, filters: Filters, except?: FacetName) =>
	facetNames.every((facet) => {
		const wanted = filters[facet] ?? [];
		return facet === except || wanted.length === 0 || wanted.some((v) => values[facet].includes(v));
	});

/**
 * The expected results and facet counts of a search, counted in JavaScript from the YAML
 * files; the text match itself is the database's (the practices a search for `q` alone finds).
 */
async function bruteForce(lang: 'en' | 'fr', q: string | undefined, filters: Filters) {
	const matching = new Set(q ? await allSlugs({ lang, q }) : shipped.map((s) => s.practice.id));
	const candidates = shipped
		.map(({ practice }) => ({ slug: practice.id, values: facetValues(practice) }))
		.filter((practice) => matching.has(practice.slug));
	const facets = Object.fromEntries(
		facetNames.map((facet) => {
			const counts: Record<string, number> = {};
			for (const practice of candidates.filter((p) => passes(p.values, filters, facet))) {
				for (const value of practice.values[facet]) {
					counts[value] = (counts[value] ?? 0) + 1;
				}
			}
			for (const value of filters[facet] ?? []) {
				counts[value] ??= 0;
			}
			return [facet, counts];
		})
	) as Record<FacetName, Record<string, number>>;
	const slugs = candidates.filter((p) => passes(p.values, filters)).map((p) => p.slug);
	return { slugs, facets };
}

describe('filters and facet counts', () => {
	const cases: { lang: 'en' | 'fr'; q?: string; filters: Filters }[] = [
		{ lang: 'en', filters: {} },
		{ lang: 'fr', filters: {} },
		{ lang: 'en', filters: { domain: ['b4'] } },
		{ lang: 'en', filters: { region: ['europe'], risk: ['trust'] } },
		{ lang: 'en', q: 'data', filters: {} },
		{
			lang: 'en',
			q: 'data',
			filters: { region: ['europe', 'sub-saharan-africa'], tool: ['open-data', 'gis'] }
		},
		{ lang: 'fr', q: 'données', filters: { domain: ['data', 'c'] } },
		{
			lang: 'en',
			filters: {
				population: ['over-2m', '500k-2m'],
				evidence: ['peer-reviewed'],
				cost: ['50k-500k']
			}
		},
		{ lang: 'en', filters: { country: ['FR', 'ZA'], language: ['en'], domain: ['b3'] } },
		{ lang: 'en', filters: { region: ['north-america'] } }
	];

	it.each(cases)(
		'counts like a brute force over the YAML files: %j',
		async ({ lang, q, filters }) => {
			const expected = await bruteForce(lang, q, filters);
			const result = await searchPractices(ctx(), { lang, q, ...filters });
			expect(result.total).toBe(expected.slugs.length);
			expect((await allSlugs({ lang, q, ...filters })).sort()).toEqual([...expected.slugs].sort());
			for (const facet of facetNames) {
				const counts = result.facets[facet];
				expect(
					Object.fromEntries(counts.map((entry) => [entry.value, entry.count])),
					`facet ${facet}`
				).toEqual(expected.facets[facet]);
				expect(counts.map((entry) => entry.count)).toEqual(
					counts.map((entry) => entry.count).sort((a, b) => b - a)
				);
			}
		}
	);

	it('narrows results with each filter added, and widens them with each value', async () => {
		const all = await searchPractices(ctx(), {});
		const europe = await searchPractices(ctx(), { region: ['europe'] });
		const europeTrust = await searchPractices(ctx(), { region: ['europe'], risk: ['trust'] });
		const europeAfrica = await searchPractices(ctx(), {
			region: ['europe', 'sub-saharan-africa']
		});
		expect(all.total).toBeGreaterThan(europe.total);
		expect(europe.total).toBeGreaterThan(europeTrust.total);
		expect(europeTrust.total).toBeGreaterThan(0);
		expect(europeAfrica.total).toBeGreaterThan(europe.total);
		for (const item of europeTrust.items) {
			expect(item.region).toBe('europe');
		}
		// A URL's comma-separated form means the same as repeated parameters.
		expect(await allSlugs({ region: 'europe,sub-saharan-africa' })).toEqual(
			await allSlugs({ region: ['europe', 'sub-saharan-africa'] })
		);
	});

	it('refuses unknown facet values and options with 400', async () => {
		for (const input of [
			{ domain: ['nope'] },
			{ region: 'mars' },
			{ country: ['XX'] },
			{ tool: ['teleporter'] },
			{ evidence: ['rumour'] },
			{ language: ['de'] },
			{ lang: 'de' },
			{ sort: 'random' },
			{ page: 0 },
			{ page: 'two' },
			{ page: 501 },
			// 21 different valid countries: more values than a filter takes.
			{
				country: 'FR,DE,ES,IT,PT,BE,NL,LU,CH,AT,GB,IE,DK,SE,NO,FI,PL,CZ,SK,HU,RO'
			}
		] as SearchPracticesInput[]) {
			expect(await statusOf(searchPractices(ctx(), input)), JSON.stringify(input)).toBe(400);
		}
	});
});

describe('listing the whole catalogue', () => {
	it('returns every practice with no query and no filter, in both languages', async () => {
		for (const lang of ['en', 'fr'] as const) {
			const result = await searchPractices(ctx(), { lang });
			expect(result.total).toBe(shipped.length);
			expect((await allSlugs({ lang })).sort()).toEqual(shipped.map((s) => s.practice.id).sort());
			expect(result.items.every((item) => item.textLanguage === lang)).toBe(true);
		}
		expect(
			(await searchPractices(ctx(), { q: '   ' })).total,
			'a blank query lists everything'
		).toBe(shipped.length);
	});

	it('pages by 20 with the same total on every page', async () => {
		const first = await searchPractices(ctx(), { sort: 'newest' });
		const second = await searchPractices(ctx(), { sort: 'newest', page: 2 });
		const beyond = await searchPractices(ctx(), { sort: 'newest', page: 3 });
		expect(first.items).toHaveLength(20);
		expect(second.items).toHaveLength(shipped.length - 20);
		expect([first.total, second.total, beyond.total]).toEqual([
			shipped.length,
			shipped.length,
			shipped.length
		]);
		expect(beyond.items).toEqual([]);
		const slugs = [...first.items, ...second.items].map((item) => item.slug);
		expect(new Set(slugs).size).toBe(shipped.length);
		expect(second.page).toBe(2);
	});

	it('sorts by newest and by replications', async () => {
		const move = async (
			slug: string,
			changes: { publishedAt?: Date; replicationCount?: number }
		) => {
			const [row] = await database.db
				.update(practicesTable)
				.set(changes)
				.where(eq(practicesTable.slug, slug))
				.returning({ id: practicesTable.id });
			await reindexPractices(database.db, row ? [row.id] : []);
		};
		// Every practice published at one moment, then two later: ties sort by slug.
		const rows = await database.db
			.update(practicesTable)
			.set({ publishedAt: new Date('2030-01-01T00:00:00Z') })
			.returning({ id: practicesTable.id });
		await reindexPractices(
			database.db,
			rows.map((row) => row.id)
		);
		await move('rennes-open-data', { publishedAt: new Date('2030-03-01T00:00:00Z') });
		await move('montevideo-open-data-group', { publishedAt: new Date('2030-02-01T00:00:00Z') });
		await move('paris-urban-lab', { replicationCount: 3 });
		await move('lagos-wecyclers', { replicationCount: 1 });

		const newest = (await allResults({ sort: 'newest' })).map((item) => item.slug);
		const rest = shipped
			.map((s) => s.practice.id)
			.filter((slug) => slug !== 'rennes-open-data' && slug !== 'montevideo-open-data-group')
			.sort();
		expect(newest).toEqual(['rennes-open-data', 'montevideo-open-data-group', ...rest]);

		const replicated = await allResults({ lang: 'fr', sort: 'replicated' });
		expect(replicated.slice(0, 4).map((item) => [item.slug, item.replicationCount])).toEqual([
			['paris-urban-lab', 3],
			['lagos-wecyclers', 1],
			['rennes-open-data', 0],
			['montevideo-open-data-group', 0]
		]);
		expect(
			(await searchPractices(ctx(), { q: 'open data', sort: 'newest' })).items
				.slice(0, 2)
				.map((item) => item.slug)
		).toEqual(['rennes-open-data', 'montevideo-open-data-group']);
		expect(
			(await searchPractices(ctx(), { q: 'start-ups', sort: 'replicated' })).items[0]?.slug
		).toBe('paris-urban-lab');
	});
});

describe('hostile queries', () => {
	const hostile = [
		'"',
		'"open data',
		"it's",
		'&|!:*',
		'data & ! | :* <-> (',
		"'; DROP TABLE practices; --",
		'((open data',
		'data))',
		'-data',
		'OR OR OR',
		'\\',
		'%_%',
		'<script>alert(1)</script>',
		'données 🙂 مدينة 城市 Ελλάδα',
		'e\u0301tat civil',
		'\u200b\u200f\ufeff',
		'x'.repeat(200),
		'é '.repeat(100)
	];

	it('never fails on what a reader may type', async () => {
		for (const q of hostile) {
			for (const lang of ['en', 'fr'] as const) {
				const result = await searchPractices(ctx(), { lang, q, sort: 'relevance' });
				expect(result.total, q).toBeGreaterThanOrEqual(0);
			}
		}
		const rows = await database.db.select({ slug: practicesTable.slug }).from(practicesTable);
		expect(rows).toHaveLength(shipped.length);
	});

	it('still finds the words around operators', async () => {
		expect(await top('en', '"open data"', 1)).toContain('rennes-open-data');
		expect(await top('en', "'; DROP TABLE practices; --")).toEqual([]);
		expect(await top('fr', 'e\u0301tat civil', 1)).toEqual(['fes-e-civil-registry']);
	});

	it('refuses more than 200 characters or a NUL with 400', async () => {
		expect(await statusOf(searchPractices(ctx(), { q: 'x'.repeat(201) }))).toBe(400);
		expect(await statusOf(searchPractices(ctx(), { q: 'data\u0000' }))).toBe(400);
	});
});
