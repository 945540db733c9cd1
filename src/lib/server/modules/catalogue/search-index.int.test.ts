import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	PracticeGenerator,
	type PracticeRow
} from '../../../../../scripts/bench/generate-practices';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import type { Database } from '../../platform/db/client';
import { settleBackgroundWork } from '../../platform/db/background';
import { selectRows } from '../../platform/db/rows';
import { contextFor } from '../accounts/testing/factories';
import { reindexPractices } from './index-practices';
import { practiceSearchStateTable, practicesTable } from './schema';
import { pageSize, preciseRankLimit, type SearchPracticesInput } from './search-input';
import { listMatchingPractices, searchPractices } from './search-practices';
import { warmSearch } from './warm-search';

// The in-memory index filters, counts and orders; these tests check it against the
// generated catalogue itself, past the size where relevance switches to tiers.
const practiceCount = 1_400;
let database: Database;
let practices: PracticeRow[];
const ctx = () => contextFor(database.db, anonymous);
const search = (input: SearchPracticesInput) => searchPractices(ctx(), input);

/** Newest first, then by slug: the catalogue's default order. */
const newestFirst = (a: PracticeRow, b: PracticeRow) =>
	b.publishedAt.getTime() - a.publishedAt.getTime() || (a.slug < b.slug ? -1 : 1);

beforeAll(async () => {
	database = await createTestDatabase();
	const generator = new PracticeGenerator(42);
	practices = Array.from({ length: practiceCount }, (_, index) => generator.practice(index));
	for (let start = 0; start < practices.length; start += 200) {
		await database.db.insert(practicesTable).values(practices.slice(start, start + 200));
	}
	await reindexPractices(
		database.db,
		practices.map((practice) => practice.id)
	);
	// Word lists read: searches of frequent words are answered from memory (search-words.ts).
	await warmSearch(database.db);
}, 120_000);

/** A view of the test database that records the raw statements sent through it. */
function recordingDb(): { db: Database['db']; statements: string[] } {
	const dialect = new PgDialect();
	const statements: string[] = [];
	const db = new Proxy(database.db, {
		get(target, property, receiver) {
			if (property === 'execute') {
				return (query: SQL) => {
					statements.push(dialect.sqlToQuery(query).sql);
					return target.execute(query);
				};
			}
			return Reflect.get(target, property, receiver) as unknown;
		}
	});
	recordings.push(db);
	return { db, statements };
}
const recordings: object[] = [];

afterAll(async () => {
	// Searches through a recording view start their own background work: let it end.
	await Promise.all(recordings.map(settleBackgroundWork));
	await database.close();
});

describe('the in-memory search index', () => {
	it('filters and counts facets as the catalogue says', async () => {
		const inAfrica = (p: PracticeRow) => p.region === 'sub-saharan-africa';
		const hasSensors = (p: PracticeRow) => p.toolTypes.includes('sensors');
		const result = await search({ lang: 'en', region: ['sub-saharan-africa'], tool: ['sensors'] });
		const expected = practices.filter((p) => inAfrica(p) && hasSensors(p)).sort(newestFirst);
		expect(result.total).toBe(expected.length);
		expect(result.items.map((item) => item.slug)).toEqual(
			expected.slice(0, pageSize).map((p) => p.slug)
		);
		// Each facet counts under the other facets' filters only.
		const regionCount = (region: string) =>
			result.facets.region.find((entry) => entry.value === region)?.count ?? 0;
		expect(regionCount('europe')).toBe(
			practices.filter((p) => p.region === 'europe' && hasSensors(p)).length
		);
		const toolCount = (tool: string) =>
			result.facets.tool.find((entry) => entry.value === tool)?.count ?? 0;
		expect(toolCount('gis')).toBe(
			practices.filter((p) => inAfrica(p) && p.toolTypes.includes('gis')).length
		);
	});

	it('orders by most replicated, then newest', async () => {
		const result = await search({ lang: 'fr', sort: 'replicated', page: 2 });
		const expected = [...practices].sort(
			(a, b) => b.replicationCount - a.replicationCount || newestFirst(a, b)
		);
		expect(result.items.map((item) => item.slug)).toEqual(
			expected.slice(pageSize, 2 * pageSize).map((p) => p.slug)
		);
	});

	it(`ranks more than ${preciseRankLimit} matches by tiers: title, place or summary first, newest first`, async () => {
		const matching = await selectRows<{ slug: string; heading: boolean }>(
			database.db,
			sql`SELECT slug, heading @@ websearch_to_tsquery('territoria_en', 'digital') AS heading
				FROM practice_search
				WHERE reader_language = 'en' AND document @@ websearch_to_tsquery('territoria_en', 'digital')`
		);
		expect(matching.length).toBeGreaterThan(preciseRankLimit);
		const bySlug = new Map(practices.map((p) => [p.slug, p]));
		const tier = (heading: boolean) =>
			matching
				.filter((row) => row.heading === heading)
				.flatMap((row) => bySlug.get(row.slug) ?? [])
				.sort(newestFirst)
				.map((p) => p.slug);
		const expected = [...tier(true), ...tier(false)];
		const first = await search({ lang: 'en', q: 'digital' });
		expect(first.total).toBe(matching.length);
		expect(first.items.map((item) => item.slug)).toEqual(expected.slice(0, pageSize));
		const lastPage = Math.ceil(expected.length / pageSize);
		const last = await search({ lang: 'en', q: 'digital', page: lastPage });
		expect(last.items.map((item) => item.slug)).toEqual(expected.slice((lastPage - 1) * pageSize));
	});

	it('sees a change to the catalogue at the next search', async () => {
		const [before] = await database.db.select().from(practiceSearchStateTable);
		const moved = practices.find((p) => p.region !== 'north-america');
		if (!moved || !before) {
			throw new Error('the generated catalogue has no practice outside North America');
		}
		const counted = await search({ lang: 'en', region: ['north-america'] });
		await database.db
			.update(practicesTable)
			.set({ region: 'north-america' })
			.where(eq(practicesTable.id, moved.id));
		await reindexPractices(database.db, [moved.id]);

		const [after] = await database.db.select().from(practiceSearchStateTable);
		expect(after?.version).toBeGreaterThan(before.version);
		const recounted = await search({ lang: 'en', region: ['north-america'] });
		expect(recounted.total).toBe(counted.total + 1);
		const exported = await listMatchingPractices(ctx(), { lang: 'en', region: ['north-america'] });
		expect(exported.map((item) => item.slug)).toContain(moved.slug);
	});
	it('reuses a broad query’s matches until the catalogue changes', async () => {
		const { db: recording, statements } = recordingDb();
		// A rare word: no word list answers it, so PostgreSQL finds the matches and they are kept.
		const broad = () =>
			searchPractices(contextFor(recording, anonymous), {
				lang: 'fr',
				q: 'numérique OR apiculture'
			});
		const first = await broad();
		expect(first.total).toBeGreaterThan(preciseRankLimit);
		statements.length = 0;
		const again = await broad();
		// The version check alone: no text search.
		expect(statements).toEqual([expect.stringContaining('practice_search_state')]);
		expect(statements.join()).not.toContain('string_agg');
		expect(again.total).toBe(first.total);
		expect(again.items).toEqual(first.items);

		const [dropped] = first.items;
		if (!dropped) {
			throw new Error('the broad search found nothing');
		}
		await database.db.delete(practicesTable).where(eq(practicesTable.slug, dropped.slug));
		const after = await broad();
		expect(after.total).toBe(first.total - 1);
		expect(after.items.map((item) => item.slug)).not.toContain(dropped.slug);
	});

	it('answers a query of frequent words from its word lists, as PostgreSQL would', async () => {
		const { db: recording, statements } = recordingDb();
		await warmSearch(recording);
		const sqlCount = async (q: string) => {
			const [row] = await selectRows<{ count: number }>(
				database.db,
				sql`SELECT count(*)::int AS count FROM practice_search
					WHERE reader_language = 'en' AND document @@ websearch_to_tsquery('territoria_en', ${q})`
			);
			return row?.count;
		};
		const fromWordLists = ['digital', 'digital or data', 'digital or -data'];
		const fromPostgres = ['"digital service"', 'digital apiculture'];
		for (const q of [...fromWordLists, ...fromPostgres]) {
			statements.length = 0;
			const result = await searchPractices(contextFor(recording, anonymous), { lang: 'en', q });
			// Matching the text in PostgreSQL is the statement that aggregates row numbers.
			const askedPostgres = statements.some((statement) => statement.includes('string_agg'));
			expect(askedPostgres, q).toBe(fromPostgres.includes(q));
			if (!askedPostgres) {
				expect(result.total, q).toBe(await sqlCount(q));
			}
		}
	});
});
