import { changeMyPasswordEndpoint } from '$lib/server/modules/accounts/api-contracts';
import { changePassword } from '$lib/server/modules/accounts/change-password';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const POST = apiHandler(changeMyPasswordEndpoint, async ({ body, event }) => {
	await changePassword(useCaseContext(event), {
		...body,
		// Called from a browser session, that session stays open; from a token, none does.
		keepSessionId: event.locals.sessionId
	});
	return null;
});
