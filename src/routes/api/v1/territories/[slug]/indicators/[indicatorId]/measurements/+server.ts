import {
	listMeasurementsEndpoint,
	pushMeasurementsEndpoint
} from '$lib/server/modules/indicators/api-contracts';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import { presentIndicator, presentMeasurement } from '$lib/server/modules/indicators/presenters';
import { recordMeasurements } from '$lib/server/modules/indicators/record-measurements';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listMeasurementsEndpoint, async ({ params, event }) => {
	const details = await getIndicator(useCaseContext(event), params);
	return {
		indicator: presentIndicator(details.indicator, details.subject, details.latest, details.status),
		measurements: details.history.map(presentMeasurement)
	};
});

export const POST = apiHandler(pushMeasurementsEndpoint, async ({ params, body, event }) =>
	recordMeasurements(useCaseContext(event), {
		...params,
		measurements: Array.isArray(body) ? body : [body],
		channel: 'api',
		mode: 'merge'
	})
);
