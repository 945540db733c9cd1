import { listMembersEndpoint } from '$lib/server/modules/territories/api-contracts';
import { listMembers } from '$lib/server/modules/territories/list-members';
import { presentMember } from '$lib/server/modules/territories/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listMembersEndpoint, async ({ params, event }) => ({
	members: (await listMembers(useCaseContext(event), params)).map(presentMember)
}));
