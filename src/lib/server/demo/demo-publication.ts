import type { UseCaseContext } from '../platform/actor';
import { setProgressPublication } from '../modules/indicators/accountability/set-progress-publication';

/**
 * Opens the metropolis's public progress page, as its owners would once the roadmap is
 * drafted. What it shows is each solution's and indicator's own `published` flag, set by
 * the demo roadmap and indicators (the energy data tool stays unpublished, to show that
 * nothing unpublished leaks).
 */
export async function seedDemoPublication(ctx: UseCaseContext, metropolisSlug: string) {
	await setProgressPublication(ctx, {
		slug: metropolisSlug,
		progressPagePublished: true,
		publishAssessmentLevels: true
	});
}
