import {
	getWorksheetEndpoint,
	saveWorksheetEndpoint
} from '$lib/server/modules/worksheets/api-contracts';
import { getWorksheet } from '$lib/server/modules/worksheets/get-worksheet';
import { saveWorksheet } from '$lib/server/modules/worksheets/save-worksheet';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getWorksheetEndpoint, async ({ params, event }) => {
	const worksheet = await getWorksheet(useCaseContext(event), params);
	return {
		methodId: worksheet.method.id,
		exerciseId: worksheet.exercise.id,
		version: worksheet.version,
		answers: worksheet.answers,
		updatedAt: worksheet.updatedAt?.toISOString() ?? null,
		canSave: worksheet.canSave
	};
});

export const PUT = apiHandler(saveWorksheetEndpoint, async ({ params, body, event }) =>
	saveWorksheet(useCaseContext(event), { ...params, ...body, source: 'api' })
);
