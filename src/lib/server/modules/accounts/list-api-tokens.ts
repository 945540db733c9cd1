import { desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { ApiTokenRow } from './create-api-token';
import { requireUser } from './policy';
import { apiTokensTable } from './schema';

/** Every column but the hash: what a token list or an export may show. */
export const apiTokenColumns = {
	id: apiTokensTable.id,
	userId: apiTokensTable.userId,
	name: apiTokensTable.name,
	prefix: apiTokensTable.prefix,
	createdAt: apiTokensTable.createdAt,
	expiresAt: apiTokensTable.expiresAt,
	lastUsedAt: apiTokensTable.lastUsedAt,
	revokedAt: apiTokensTable.revokedAt
};

/** The signed-in account's API tokens, newest first, revoked and expired ones included. */
export async function listApiTokens(ctx: UseCaseContext): Promise<ApiTokenRow[]> {
	const actor = requireUser(ctx.actor);
	return ctx.db
		.select(apiTokenColumns)
		.from(apiTokensTable)
		.where(eq(apiTokensTable.userId, actor.userId))
		.orderBy(desc(apiTokensTable.createdAt), desc(apiTokensTable.id));
}
