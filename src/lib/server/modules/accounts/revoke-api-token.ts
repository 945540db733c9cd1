import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { notFound } from '../../platform/errors';
import { uuid } from '../../platform/validation';
import type { ApiTokenRow } from './create-api-token';
import { apiTokenColumns } from './list-api-tokens';
import { canManageApiToken, requireUser } from './policy';
import { apiTokensTable } from './schema';

export const revokeApiTokenInput = z.object({ id: uuid });

export type RevokeApiTokenOptions = z.output<typeof revokeApiTokenInput>;

/**
 * Revokes one of the signed-in account's tokens; at once, since every API request looks
 * the token up. Someone else's token is "not found". Revoking twice changes nothing.
 */
export async function revokeApiToken(
	ctx: UseCaseContext,
	options: RevokeApiTokenOptions
): Promise<ApiTokenRow> {
	requireUser(ctx.actor);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const [token] = await tx
			.select(apiTokenColumns)
			.from(apiTokensTable)
			.where(eq(apiTokensTable.id, options.id))
			.for('update');
		if (!token || !canManageApiToken(ctx.actor, token)) {
			throw notFound();
		}
		if (token.revokedAt) {
			return token;
		}
		await tx.update(apiTokensTable).set({ revokedAt: now }).where(eq(apiTokensTable.id, token.id));
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'accounts.revoke-api-token',
				targetType: 'api_token',
				targetId: token.id,
				summary: { name: token.name, prefix: token.prefix }
			}
		);
		return { ...token, revokedAt: now };
	});
}
