/** Median and quartiles of a set of scores, for peer comparison. */
export interface Distribution {
	lowerQuartile: number;
	median: number;
	upperQuartile: number;
	/** How many scores it was computed from. */
	count: number;
}

/**
 * The value at fraction `p` of the sorted values, interpolating between neighbours (the
 * method of PostgreSQL's percentile_cont and of most spreadsheets).
 */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) {
		throw new Error('percentile of no values');
	}
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	const low = sorted[below] ?? 0;
	const high = sorted[above] ?? low;
	return low + (high - low) * (position - below);
}

export function distributionOf(values: readonly number[]): Distribution {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		lowerQuartile: percentile(sorted, 0.25),
		median: percentile(sorted, 0.5),
		upperQuartile: percentile(sorted, 0.75),
		count: sorted.length
	};
}
