import { acceptRisk } from '$lib/server/modules/risks/accept-risk';
import {
	acceptRiskEndpoint,
	revokeAcceptanceEndpoint
} from '$lib/server/modules/risks/api-contracts';
import { getRisk } from '$lib/server/modules/risks/get-risk';
import { presentRiskDetails } from '$lib/server/modules/risks/presenters';
import { revokeAcceptance } from '$lib/server/modules/risks/revoke-acceptance';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(acceptRiskEndpoint, async ({ params, query, body, event }) => {
	const ctx = useCaseContext(event);
	await acceptRisk(ctx, { ...body, ...params });
	return presentRiskDetails(await getRisk(ctx, { ...params, locale: query.lang }));
});

export const DELETE = apiHandler(
	revokeAcceptanceEndpoint,
	async ({ params, query, body, event }) => {
		const ctx = useCaseContext(event);
		await revokeAcceptance(ctx, { ...body, ...params });
		return presentRiskDetails(await getRisk(ctx, { ...params, locale: query.lang }));
	}
);
