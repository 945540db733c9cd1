import { saveResponseEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { saveResponse } from '$lib/server/modules/diagnose/save-response';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const PUT = apiHandler(saveResponseEndpoint, async ({ params, body, event }) =>
	saveResponse(useCaseContext(event), { ...params, answers: body.answers })
);
