import {
	createIndicatorEndpoint,
	listIndicatorsEndpoint
} from '$lib/server/modules/indicators/api-contracts';
import { createIndicator } from '$lib/server/modules/indicators/create-indicator';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import { listIndicators } from '$lib/server/modules/indicators/list-indicators';
import { presentIndicator } from '$lib/server/modules/indicators/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listIndicatorsEndpoint, async ({ params, query, event }) => {
	const list = await listIndicators(useCaseContext(event), { slug: params.slug, ...query });
	return {
		indicators: list.indicators.map((i) =>
			presentIndicator(i.indicator, i.subject, i.latest, i.status)
		)
	};
});

export const POST = apiHandler(createIndicatorEndpoint, async ({ params, body, event }) => {
	const ctx = useCaseContext(event);
	const created = await createIndicator(ctx, { ...body, slug: params.slug });
	const details = await getIndicator(ctx, { slug: params.slug, indicatorId: created.indicator.id });
	return {
		indicator: presentIndicator(details.indicator, details.subject, details.latest, details.status),
		aboveAdvice: created.aboveAdvice
	};
});
