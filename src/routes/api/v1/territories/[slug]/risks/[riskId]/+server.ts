import {
	deleteRiskEndpoint,
	getRiskEndpoint,
	updateRiskEndpoint
} from '$lib/server/modules/risks/api-contracts';
import { deleteRisk } from '$lib/server/modules/risks/delete-risk';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { presentRiskDetails } from '$lib/server/modules/risks/presenters';
import { updateRisk } from '$lib/server/modules/risks/update-risk';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getRiskEndpoint, async ({ params, query, event }) =>
	presentRiskDetails(await getRisk(useCaseContext(event), { ...params, locale: query.lang }))
);

export const PUT = apiHandler(updateRiskEndpoint, async ({ params, query, body, event }) => {
	const ctx = useCaseContext(event);
	await updateRisk(ctx, { ...body, ...params });
	return presentRiskDetails(await getRisk(ctx, { ...params, locale: query.lang }));
});

export const DELETE = apiHandler(deleteRiskEndpoint, async ({ params, event }) => {
	await deleteRisk(useCaseContext(event), params);
	return {};
});
