import {
	createStakeholderEndpoint,
	listStakeholdersEndpoint
} from '$lib/server/modules/ecosystem/api-contracts';
import { presentStakeholder } from '$lib/server/modules/ecosystem/api-presenters';
import { createStakeholder } from '$lib/server/modules/ecosystem/create-stakeholder';
import { listStakeholders } from '$lib/server/modules/ecosystem/list-stakeholders';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listStakeholdersEndpoint, async ({ params, query, event }) => {
	const { stakeholders } = await listStakeholders(useCaseContext(event), {
		slug: params.slug,
		category: query.category
	});
	return { stakeholders: stakeholders.map(presentStakeholder) };
});

export const POST = apiHandler(createStakeholderEndpoint, async ({ params, body, event }) =>
	presentStakeholder(await createStakeholder(useCaseContext(event), { ...body, slug: params.slug }))
);
