// Timing loops, percentiles and the printed report of the catalogue benchmark.
import os from 'node:os';
import { kindLabels, type QueryKind } from './catalogue-queries';

export interface Percentiles {
	p50: number;
	p95: number;
	p99: number;
}

/** Nearest-rank percentiles of durations in milliseconds. */
export function percentiles(samples: readonly number[]): Percentiles {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number): number =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
		Number.NaN;
	return { p50: at(50), p95: at(95), p99: at(99) };
}

export interface Series {
	timings: Percentiles;
	/** The median number of matches, to show how much each kind reads. */
	hits: number;
	/** Measured calls: fewer than asked when the series ran out of its time budget. */
	runs: number;
}

export interface SeriesOptions {
	warmup: number;
	runs: number;
	/** Stop measuring after this long, once `minRuns` calls are measured. */
	budgetMs: number;
	minRuns: number;
}

/**
 * Runs unmeasured warm-up calls then measured ones, one after the other, cycling through
 * the inputs. `call` answers the number of matches. Warm-up stops early after a sixth of
 * the budget, so that a query taking seconds does not hold the whole bench.
 */
export async function timeSeries<I>(
	inputs: readonly I[],
	options: SeriesOptions,
	call: (input: I) => Promise<number>
): Promise<Series> {
	const inputAt = (i: number): I => {
		const input = inputs[i % inputs.length];
		if (input === undefined) {
			throw new Error('no input to time');
		}
		return input;
	};
	const warmupStarted = performance.now();
	for (let i = 0; i < options.warmup; i++) {
		await call(inputAt(i));
		if (performance.now() - warmupStarted > options.budgetMs / 6) {
			break;
		}
	}
	const durations: number[] = [];
	const hits: number[] = [];
	const started = performance.now();
	for (let i = 0; i < options.runs; i++) {
		const callStarted = performance.now();
		const matches = await call(inputAt(i));
		durations.push(performance.now() - callStarted);
		hits.push(matches);
		if (i + 1 >= options.minRuns && performance.now() - started > options.budgetMs) {
			break;
		}
	}
	return { timings: percentiles(durations), hits: percentiles(hits).p50, runs: durations.length };
}

export type Mode = 'pglite' | 'postgres';

export interface Row {
	mode: Mode;
	kind: QueryKind;
	http: Series;
	sql: Series;
}

/** Targets on PostgreSQL: p95 ≤ 100 ms for every kind, HTTP ≤ 1.5 × the SQL time. */
export const targets = { p95Ms: 100, httpOverSql: 1.5 };

export const ratioOf = (row: Row): number => row.http.timings.p95 / row.sql.timings.p95;

export function meetsTarget(row: Row): boolean {
	return row.http.timings.p95 <= targets.p95Ms && ratioOf(row) <= targets.httpOverSql;
}

const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const triple = ({ p50, p95, p99 }: Percentiles): string => `${ms(p50)} / ${ms(p95)} / ${ms(p99)}`;

/** A Markdown table, so that the output pastes into docs/benchmarks.md as is. */
export function formatTable(rows: readonly Row[]): string {
	const header = [
		'mode',
		'kind',
		'matches',
		'runs',
		'HTTP p50 / p95 / p99 (ms)',
		'SQL p50 / p95 / p99 (ms)',
		'HTTP/SQL p95',
		'target met'
	];
	const lines = rows.map((row) => [
		row.mode,
		kindLabels[row.kind],
		String(row.sql.hits),
		`${row.http.runs}/${row.sql.runs}`,
		triple(row.http.timings),
		triple(row.sql.timings),
		`${ratioOf(row).toFixed(2)}×`,
		row.mode === 'postgres' ? (meetsTarget(row) ? 'yes' : 'NO') : 'n/a'
	]);
	const widths = header.map((cell, i) =>
		Math.max(cell.length, ...lines.map((l) => l[i]?.length ?? 0))
	);
	const format = (cells: string[]): string =>
		`| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join(
		'\n'
	);
}

/** The machine the figures were measured on. */
export function machine(databaseVersions: Partial<Record<Mode, string>>): string[] {
	const cpus = os.cpus();
	const model = cpus[0]?.model.trim() ?? 'unknown CPU';
	return [
		`CPU: ${model} × ${cpus.length}`,
		`RAM: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`OS: ${os.type()} ${os.release()} (${os.arch()})`,
		`Node.js: ${process.version}`,
		`Load average (1, 5, 15 min) at the end: ${os
			.loadavg()
			.map((load) => load.toFixed(2))
			.join(', ')}`,
		...Object.entries(databaseVersions).map(([mode, version]) => `${mode}: ${version}`)
	];
}
