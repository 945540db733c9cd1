import {
	changeMemberRoleEndpoint,
	removeMemberEndpoint
} from '$lib/server/modules/territories/api-contracts';
import { changeMemberRole } from '$lib/server/modules/territories/change-member-role';
import { removeMember } from '$lib/server/modules/territories/remove-member';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const PATCH = apiHandler(changeMemberRoleEndpoint, async ({ params, body, event }) => {
	await changeMemberRole(useCaseContext(event), { ...params, role: body.role });
	return {};
});

export const DELETE = apiHandler(removeMemberEndpoint, async ({ params, event }) => {
	await removeMember(useCaseContext(event), params);
	return {};
});
