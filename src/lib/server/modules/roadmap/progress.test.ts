import { describe, expect, it } from 'vitest';
import { roadmapProgress, solutionProgress } from './progress';

describe('solutionProgress', () => {
	it('has no progress without milestones, or with cancelled ones only', () => {
		expect(solutionProgress([])).toBeNull();
		expect(solutionProgress([{ status: 'cancelled', weight: 3 }])).toBeNull();
	});

	it('weighs done in full, in progress by half, not started by nothing', () => {
		expect(
			solutionProgress([
				{ status: 'done', weight: 2 },
				{ status: 'in-progress', weight: 2 },
				{ status: 'not-started', weight: 4 }
			])
		).toBe(38); // (2 + 1 + 0) / 8 = 37.5 %, rounded
	});

	it('leaves cancelled milestones out of the sums', () => {
		expect(
			solutionProgress([
				{ status: 'done', weight: 1 },
				{ status: 'cancelled', weight: 5 }
			])
		).toBe(100);
	});
});

describe('roadmapProgress', () => {
	it('averages solutions, each counting once, skipping cancelled and unmeasured ones', () => {
		expect(
			roadmapProgress([
				{ status: 'in-progress', progress: 50 },
				{ status: 'done', progress: 100 },
				{ status: 'cancelled', progress: 0 },
				{ status: 'planned', progress: null }
			])
		).toBe(75);
		expect(roadmapProgress([{ status: 'planned', progress: null }])).toBeNull();
	});
});
