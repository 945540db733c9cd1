import { importMeasurementsEndpoint } from '$lib/server/modules/indicators/api-contracts';
import { importMeasurements } from '$lib/server/modules/indicators/import-measurements';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(importMeasurementsEndpoint, async ({ params, body, event }) =>
	importMeasurements(useCaseContext(event), {
		...params,
		bytes: new TextEncoder().encode(body.csv)
	})
);
