import { roundResultsEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { getRound } from '$lib/server/modules/diagnose/get-round';
import { findingsOf } from '$lib/server/modules/diagnose/recommend';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(roundResultsEndpoint, async ({ params, query, event }) => {
	const ctx = useCaseContext(event);
	const view = await getRound(ctx, params);
	const findings = await findingsOf(ctx.db, view.assessment, view.results, query.lang);
	return {
		assessmentId: view.assessment.id,
		status: view.round.status,
		respondents: view.results.respondents,
		overall: view.results.overall,
		level: view.results.level,
		dimensions: view.results.dimensions.map((d) => ({
			id: d.dimensionId,
			score: d.score,
			level: d.level,
			respondents: d.respondents,
			spread: d.spread
		})),
		recommendations: findings.recommendations.map(({ practice, dimensionIds, domains }) => ({
			slug: practice.slug,
			title: practice.title,
			dimensionIds,
			domains,
			maturityNeeded: practice.maturityNeeded
		}))
	};
});
