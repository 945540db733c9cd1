import {
	createApiTokenEndpoint,
	listApiTokensEndpoint
} from '$lib/server/modules/accounts/api-contracts';
import { createApiToken } from '$lib/server/modules/accounts/create-api-token';
import { listApiTokens } from '$lib/server/modules/accounts/list-api-tokens';
import { presentApiToken, presentCreatedApiToken } from '$lib/server/modules/accounts/presenters';
import { apiHandler } from '$lib/server/platform/http/api';
import { useCaseContext } from '$lib/server/platform/http/context';

export const GET = apiHandler(listApiTokensEndpoint, async ({ event }) => {
	const tokens = await listApiTokens(useCaseContext(event));
	const now = new Date();
	return { tokens: tokens.map((token) => presentApiToken(token, now)) };
});

export const POST = apiHandler(createApiTokenEndpoint, async ({ body, event }) =>
	presentCreatedApiToken(await createApiToken(useCaseContext(event), body), new Date())
);
