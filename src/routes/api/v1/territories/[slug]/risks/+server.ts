import { createRiskEndpoint, listRisksEndpoint } from '$lib/server/modules/risks/api-contracts';
import { createRisk } from '$lib/server/modules/risks/create-risk';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { listRisks } from '$lib/server/modules/risks/list-risks';
import { presentRiskDetails, presentRiskSummary } from '$lib/server/modules/risks/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listRisksEndpoint, async ({ params, query, event }) => {
	const { risks } = await listRisks(useCaseContext(event), {
		...params,
		solutionId: query.solutionId,
		pilotActionId: query.pilotActionId,
		locale: query.lang
	});
	return { risks: risks.map(presentRiskSummary) };
});

export const POST = apiHandler(createRiskEndpoint, async ({ params, query, body, event }) => {
	const ctx = useCaseContext(event);
	const risk = await createRisk(ctx, { ...body, ...params });
	return presentRiskDetails(
		await getRisk(ctx, { slug: params.slug, riskId: risk.id, locale: query.lang })
	);
});
