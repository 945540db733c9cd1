import { listAssessmentsEndpoint } from '$lib/server/modules/diagnose/api-contracts';
import { presentAssessmentSummary } from '$lib/server/modules/diagnose/api-presenters';
import { assessmentContent } from '$lib/server/modules/diagnose/content';
import { apiHandler } from '$lib/server/platform/http/api';

export const GET = apiHandler(listAssessmentsEndpoint, ({ query }) =>
	Promise.resolve({
		assessments: assessmentContent().map((assessment) =>
			presentAssessmentSummary(assessment, query.lang)
		)
	})
);
