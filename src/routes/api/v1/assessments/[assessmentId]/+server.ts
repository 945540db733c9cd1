import { getAssessmentEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { presentAssessmentDetails } from '$lib/server/modules/diagnose/api-presenters';
import { assessmentOrNotFound } from '$lib/server/modules/diagnose/content';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(getAssessmentEndpoint, ({ params, query }) =>
	Promise.resolve(presentAssessmentDetails(assessmentOrNotFound(params.assessmentId), query.lang))
);
