import {
	deleteStakeholderEndpoint,
	getStakeholderEndpoint,
	updateStakeholderEndpoint
} from '$lib/server/modules/ecosystem/api-contracts';
import {
	presentStakeholder,
	presentStakeholderDetails
} from '$lib/server/modules/ecosystem/api-presenters';
import { deleteStakeholder } from '$lib/server/modules/ecosystem/delete-stakeholder';
import { getStakeholder } from '$lib/server/modules/ecosystem/get-stakeholder';
import { updateStakeholder } from '$lib/server/modules/ecosystem/update-stakeholder';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(getStakeholderEndpoint, async ({ params, event }) =>
	presentStakeholderDetails(await getStakeholder(useCaseContext(event), params))
);

export const PUT = apiHandler(updateStakeholderEndpoint, async ({ params, body, event }) =>
	presentStakeholder(await updateStakeholder(useCaseContext(event), { ...body, ...params }))
);

export const DELETE = apiHandler(deleteStakeholderEndpoint, async ({ params, event }) => {
	await deleteStakeholder(useCaseContext(event), params);
	return {};
});
