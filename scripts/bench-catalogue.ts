// npm run bench:catalogue — generates 100,000 practices in English and French, then times
// catalogue searches (selective terms, common terms, filters only, typo) over HTTP
// (GET /api/v1/practices on the built server) and as the same use case alone
// (searchPractices in-process), on PGlite and on PostgreSQL, and prints p50/p95/p99.
// Target on PostgreSQL: p95 ≤ 100 ms for every kind and HTTP ≤ 1.5 × the SQL time.
//
// Settings (environment): BENCH_PRACTICES (100000), BENCH_RUNS (200), BENCH_WARMUP (20),
// BENCH_SERIES_SECONDS (20: a series of runs stops after this long, once 5 runs are
// measured, and the table says how many ran), BENCH_MODES (pglite,postgres),
// BENCH_DATABASE_URL (an empty PostgreSQL database to use instead of a throwaway
// cluster), BENCH_EXPLAIN=1 (print the plans of every kind, not only of those that miss
// the target).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import {
	startServer,
	waitForWarmSearch,
	type RunningServer
} from '../tests/e2e/support/server-process';
import { anonymous } from '../src/lib/server/platform/actor';
import { openPglite, openPostgres, type Database } from '../src/lib/server/platform/db/client';
import { runMigrations } from '../src/lib/server/platform/db/migrate';
import { selectRows } from '../src/lib/server/platform/db/rows';
import { searchPractices } from '../src/lib/server/modules/catalogue/search-practices';
import { buildSearchIndex } from '../src/lib/server/modules/catalogue/search-index';
import { readWordLists } from '../src/lib/server/modules/catalogue/search-words';
import { warmSearch } from '../src/lib/server/modules/catalogue/warm-search';
import { readerLanguages } from '../src/lib/server/modules/catalogue/vocabulary';
import type { SearchPracticesInput } from '../src/lib/server/modules/catalogue/search-input';
import { inputsOf, kindLabels, queryKinds, urlOf, type QueryKind } from './bench/catalogue-queries';
import { explainSearch } from './bench/explain';
import { loadPractices } from './bench/load-practices';
import {
	formatTable,
	machine,
	meetsTarget,
	timeSeries,
	type Mode,
	type Row,
	type Series
} from './bench/measure';
import { startPostgres } from './postgres-cluster.js';

const env = process.env;
const settings = {
	practices: Number(env.BENCH_PRACTICES ?? 100_000),
	runs: Number(env.BENCH_RUNS ?? 200),
	warmup: Number(env.BENCH_WARMUP ?? 20),
	seriesMs: Number(env.BENCH_SERIES_SECONDS ?? 20) * 1000,
	modes: (env.BENCH_MODES ?? 'pglite,postgres').split(',').map((m) => m.trim()) as Mode[],
	databaseUrl: env.BENCH_DATABASE_URL,
	explainAll: env.BENCH_EXPLAIN === '1',
	seed: 20_260_101
};
const migrations = 'drizzle';

/** Undone in reverse order, on success, failure or Ctrl-C. */
const cleanups: (() => unknown)[] = [];
async function cleanUp(): Promise<void> {
	for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
		try {
			await cleanup();
		} catch (error) {
			console.error('cleanup failed:', error);
		}
	}
}
const run = { interrupted: false };
process.once('SIGINT', () => {
	run.interrupted = true;
	console.log('\nInterrupted: stopping the server and the databases…');
	void cleanUp().finally(() => process.exit(130));
});

const log = (message: string): void => {
	console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Runs `close` once, whether the bench reaches it or a cleanup does. */
function once(close: () => Promise<unknown>): () => Promise<void> {
	let done: Promise<unknown> | undefined;
	return async () => {
		done ??= close();
		await done;
	};
}

async function prepare(database: Database, mode: Mode): Promise<string> {
	await runMigrations(database, migrations);
	const [existing] = await selectRows<{ count: number }>(
		database.db,
		sql`SELECT count(*)::int AS count FROM practices`
	);
	if ((existing?.count ?? 0) > 0) {
		throw new Error(`The ${mode} database already holds practices: give the bench an empty one.`);
	}
	log(`${mode}: generating ${settings.practices.toLocaleString('en')} practices…`);
	const started = performance.now();
	let reported = 0;
	const timings = await loadPractices(database.db, settings.practices, settings.seed, (done) => {
		if (done - reported >= 10_000 || done === settings.practices) {
			reported = done;
			log(`${mode}:   ${done.toLocaleString('en')} practices loaded`);
		}
	});
	const total = performance.now() - started;
	log(
		`${mode}: generated and loaded in ${seconds(total)}: rows ${seconds(timings.rowsMs)}, ` +
			`search indexes ${seconds(timings.indexesMs)}, VACUUM ANALYZE ${seconds(timings.analyseMs)}`
	);
	const [version] = await selectRows<{ version: string }>(
		database.db,
		sql`SELECT version() AS version`
	);
	return version?.version ?? 'unknown';
}

/**
 * Builds each language's in-memory search index once, as the first search after a change
 * to the catalogue does, and reports its time and size (bitsets and arrays).
 */
async function timeIndexBuild(database: Database, mode: Mode): Promise<void> {
	for (const lang of readerLanguages) {
		const started = performance.now();
		const index = await buildSearchIndex(database.db, lang);
		const bitsets = Object.values(index.facets).flatMap((values) => [...values.values()]);
		const bytes =
			bitsets.reduce((sum, set) => sum + set.words.byteLength, 0) +
			index.searchNos.byteLength +
			index.positionOf.byteLength +
			index.replicatedOrder.byteLength;
		const built = performance.now();
		const words = await readWordLists(
			database.db,
			lang,
			index.version,
			index.size,
			index.positionOf
		);
		const wordSets = words ? [...words.document.values(), ...words.heading.values()] : [];
		const wordBytes = wordSets.reduce((sum, set) => sum + set.words.byteLength, 0);
		indexBuilds.push(
			`${mode} (${lang}): ${seconds(built - started)}, ` +
				`${megabytes(bytes)} for ${index.size.toLocaleString('en')} rows and ${bitsets.length} facet values; ` +
				`word lists ${seconds(performance.now() - built)}, ${megabytes(wordBytes)} for ${words?.document.size ?? 0} words`
		);
		log(`${mode}: search index built, ${indexBuilds.at(-1) ?? ''}`);
	}
}
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const indexBuilds: string[] = [];

const seriesOptions = {
	warmup: settings.warmup,
	runs: settings.runs,
	budgetMs: settings.seriesMs,
	minRuns: Math.min(5, settings.runs)
};

function timeSql(database: Database, kind: QueryKind): Promise<Series> {
	const ctx = { db: database.db, actor: anonymous };
	return timeSeries(inputsOf(kind), seriesOptions, async (input) => {
		const result = await searchPractices(ctx, input);
		return result.total;
	});
}

function timeHttp(server: RunningServer, kind: QueryKind): Promise<Series> {
	return timeSeries(inputsOf(kind), seriesOptions, async (input) => {
		const response = await fetch(urlOf(server.baseUrl, input));
		const body = await response.text();
		if (!response.ok) {
			throw new Error(`${urlOf(server.baseUrl, input)} answered ${response.status}: ${body}`);
		}
		return (JSON.parse(body) as { total: number }).total;
	});
}

/**
 * What an HTTP call costs when it does nearly nothing (`GET /healthz`: one database
 * ping), measured like the searches: the floor under every HTTP figure of the table.
 */
async function timeHttpFloor(server: RunningServer, mode: Mode): Promise<void> {
	const series = await timeSeries([server.baseUrl], seriesOptions, async (baseUrl) => {
		const response = await fetch(`${baseUrl}/healthz`);
		await response.text();
		return 0;
	});
	const { p50, p95, p99 } = series.timings;
	httpFloors.push(`${mode} ${[p50, p95, p99].map((ms) => ms.toFixed(1)).join(' / ')} ms`);
}
const httpFloors: string[] = [];

async function serve(env: Record<string, string>): Promise<RunningServer> {
	log('starting the built server…');
	const started = performance.now();
	const server = await startServer({ TERRITORIA_DEMO: '0', ...env });
	cleanups.push(once(() => server.stop()));
	log(`server ready in ${seconds(performance.now() - started)} at ${server.baseUrl}`);
	await waitForWarmSearch(server.baseUrl, 300_000);
	log(`search warm in ${seconds(performance.now() - started)}`);
	return server;
}

/** PGlite admits one process: the use case is timed first, then the server opens the files. */
async function benchPglite(): Promise<{ rows: Row[]; version: string }> {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'territoria-bench-catalogue-'));
	cleanups.push(() => {
		rmSync(dataDir, { recursive: true, force: true });
	});
	const loading = await openPglite(dataDir);
	const closeLoading = once(() => loading.close());
	cleanups.push(closeLoading);
	const version = await prepare(loading, 'pglite');
	await closeLoading();
	// Reopened, so the use case runs on a database as fresh as the one the server opens.
	const database = await openPglite(dataDir);
	const close = once(() => database.close());
	cleanups.push(close);
	await timeIndexBuild(database, 'pglite');
	await warmSearch(database.db);
	const sqlSeries = new Map<QueryKind, Series>();
	for (const kind of queryKinds) {
		log(`pglite: timing SQL, ${kindLabels[kind]}…`);
		sqlSeries.set(kind, await timeSql(database, kind));
	}
	await close();
	const server = await serve({ TERRITORIA_DATA_DIR: dataDir, DATABASE_URL: '' });
	await timeHttpFloor(server, 'pglite');
	const rows: Row[] = [];
	for (const kind of queryKinds) {
		log(`pglite: timing HTTP, ${kindLabels[kind]}…`);
		const sqlTimes = sqlSeries.get(kind);
		if (sqlTimes) {
			rows.push({ mode: 'pglite', kind, sql: sqlTimes, http: await timeHttp(server, kind) });
		}
	}
	await server.stop();
	return { rows, version };
}

async function benchPostgres(): Promise<{ rows: Row[]; version: string; url: string }> {
	let url = settings.databaseUrl;
	if (!url) {
		log('postgres: starting a throwaway cluster…');
		const cluster = await startPostgres();
		cleanups.push(() => {
			cluster.stop();
		});
		url = cluster.url;
	}
	const database = openPostgres(url, 2);
	const close = once(() => database.close());
	cleanups.push(close);
	const version = await prepare(database, 'postgres');
	await timeIndexBuild(database, 'postgres');
	await warmSearch(database.db);
	const server = await serve({ DATABASE_URL: url });
	await timeHttpFloor(server, 'postgres');
	const rows: Row[] = [];
	for (const kind of queryKinds) {
		log(`postgres: timing SQL then HTTP, ${kindLabels[kind]}…`);
		const sqlTimes = await timeSql(database, kind);
		rows.push({ mode: 'postgres', kind, sql: sqlTimes, http: await timeHttp(server, kind) });
	}
	await server.stop();
	await close();
	return { rows, version, url };
}

async function explain(url: string, rows: readonly Row[]): Promise<void> {
	for (const row of rows) {
		if (!settings.explainAll && meetsTarget(row)) {
			continue;
		}
		const [input]: SearchPracticesInput[] = inputsOf(row.kind);
		if (input) {
			log(`postgres: EXPLAIN ANALYZE, ${kindLabels[row.kind]}…`);
			console.log(`\n## EXPLAIN ANALYZE, PostgreSQL, ${kindLabels[row.kind]}\n`);
			console.log(await explainSearch(url, input));
		}
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	log(
		`load average (1, 5, 15 min) at the start: ${loadavg()
			.map((l) => l.toFixed(2))
			.join(', ')}`
	);
	// Builds when there is no build or the sources are newer: timings need a current build.
	execFileSync(process.execPath, ['scripts/ensure-build.js'], { stdio: 'inherit' });
	const rows: Row[] = [];
	const versions: Partial<Record<Mode, string>> = {};
	let postgresUrl: string | undefined;
	if (settings.modes.includes('pglite')) {
		const result = await benchPglite();
		rows.push(...result.rows);
		versions.pglite = result.version;
		console.log(`\n${formatTable(result.rows)}\n`);
	}
	if (settings.modes.includes('postgres')) {
		const result = await benchPostgres();
		rows.push(...result.rows);
		versions.postgres = result.version;
		postgresUrl = result.url;
		console.log(`\n${formatTable(result.rows)}\n`);
	}
	if (postgresUrl) {
		await explain(
			postgresUrl,
			rows.filter((row) => row.mode === 'postgres')
		);
	}
	console.log(
		`\n# Catalogue search: ${settings.practices.toLocaleString('en')} practices, ` +
			`up to ${settings.runs} runs per series (at most ${seconds(settings.seriesMs)} each) ` +
			`after up to ${settings.warmup} warm-up runs\n`
	);
	console.log(
		machine(versions)
			.map((line) => `- ${line}`)
			.join('\n')
	);
	console.log(`\n${formatTable(rows)}\n`);
	console.log(`Search index builds: ${indexBuilds.join('; ')}.\n`);
	console.log(
		`HTTP floor (GET /healthz, one database ping), p50 / p95 / p99: ${httpFloors.join('; ')}.\n`
	);
	const postgresRows = rows.filter((row) => row.mode === 'postgres');
	if (postgresRows.length > 0) {
		const missed = postgresRows.filter((row) => !meetsTarget(row));
		console.log(
			missed.length === 0
				? 'Targets met on PostgreSQL: p95 ≤ 100 ms and HTTP ≤ 1.5 × SQL for every kind.'
				: `Targets MISSED on PostgreSQL for: ${missed.map((row) => kindLabels[row.kind]).join(', ')}.`
		);
	}
	log(`bench finished in ${seconds(performance.now() - started)}`);
}

try {
	await main();
} catch (error) {
	// After Ctrl-C the pools are closed under running queries: their errors say nothing.
	if (!run.interrupted) {
		throw error;
	}
} finally {
	await cleanUp();
}
