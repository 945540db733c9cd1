/**
 * The progress roll-up, stated once:
 *
 * - A milestone counts its weight (1–5). Done counts in full, in progress counts half,
 *   not started counts nothing; a cancelled milestone is left out of the sums.
 * - A solution's progress is Σ(weight × share) / Σ(weight) over its milestones, as a
 *   whole percentage; a solution without (uncancelled) milestones has no progress (null).
 * - The roadmap's progress is the plain mean of its solutions' progress, each solution
 *   counting once, cancelled solutions and solutions without progress left out.
 */
export type MilestoneProgressStatus = 'not-started' | 'in-progress' | 'done' | 'cancelled';

const share: Record<Exclude<MilestoneProgressStatus, 'cancelled'>, number> = {
	'not-started': 0,
	'in-progress': 0.5,
	done: 1
};

export function solutionProgress(
	milestones: readonly { status: MilestoneProgressStatus; weight: number }[]
): number | null {
	let weighted = 0;
	let total = 0;
	for (const milestone of milestones) {
		if (milestone.status === 'cancelled') {
			continue;
		}
		weighted += milestone.weight * share[milestone.status];
		total += milestone.weight;
	}
	return total === 0 ? null : Math.round((weighted / total) * 100);
}

export function roadmapProgress(
	solutions: readonly { status: string; progress: number | null }[]
): number | null {
	const counted = solutions.filter(
		(solution): solution is { status: string; progress: number } =>
			solution.status !== 'cancelled' && solution.progress !== null
	);
	if (counted.length === 0) {
		return null;
	}
	return Math.round(counted.reduce((sum, s) => sum + s.progress, 0) / counted.length);
}
