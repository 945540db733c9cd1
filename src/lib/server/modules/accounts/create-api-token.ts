import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict } from '../../platform/errors';
import { hashToken, newToken } from '../../platform/secrets';
import { text } from '../../platform/validation';
import { requireUser } from './policy';
import { apiTokensTable } from './schema';
import { apiTokenPrefix } from './sessions';

export const apiTokenExpiryDays = [7, 30, 90, 365] as const;
export const apiTokenNameMax = 100;
/** Enough for every script a person runs; a bound so a leaked session cannot mint thousands. */
export const maxActiveApiTokens = 50;
/** `terr_` and six random characters: enough to tell tokens apart, useless to an attacker. */
const visiblePrefixLength = apiTokenPrefix.length + 6;

export const createApiTokenInput = z.object({
	name: text({ max: apiTokenNameMax }),
	// Forms send text, JSON sends a number; both end as one of the allowed durations.
	expiresInDays: z.coerce.number().pipe(z.literal(apiTokenExpiryDays))
});

export type CreateApiTokenOptions = z.output<typeof createApiTokenInput>;

export type ApiTokenRow = Omit<typeof apiTokensTable.$inferSelect, 'tokenHash'>;

export interface CreatedApiToken {
	/** The full token, to show once; only its SHA-256 is stored. */
	token: string;
	apiToken: ApiTokenRow;
}

/** Creates a personal API token for the signed-in account. */
export async function createApiToken(
	ctx: UseCaseContext,
	options: CreateApiTokenOptions
): Promise<CreatedApiToken> {
	const actor = requireUser(ctx.actor);
	const now = clock(ctx);
	const token = newToken(apiTokenPrefix);
	const expiresAt = new Date(now.getTime() + options.expiresInDays * 86_400_000);
	return ctx.db.transaction(async (tx) => {
		const [active] = await tx
			.select({ total: count() })
			.from(apiTokensTable)
			.where(
				and(
					eq(apiTokensTable.userId, actor.userId),
					isNull(apiTokensTable.revokedAt),
					gt(apiTokensTable.expiresAt, now)
				)
			);
		if ((active?.total ?? 0) >= maxActiveApiTokens) {
			throw conflict('accounts_tokens_limit_reached');
		}
		const [row] = await tx
			.insert(apiTokensTable)
			.values({
				userId: actor.userId,
				name: options.name,
				tokenHash: hashToken(token),
				prefix: token.slice(0, visiblePrefixLength),
				createdAt: now,
				expiresAt
			})
			.returning();
		if (!row) {
			throw new Error('The new API token was not returned by the insert.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'accounts.create-api-token',
				targetType: 'api_token',
				targetId: row.id,
				summary: { name: row.name, prefix: row.prefix, expiresAt: expiresAt.toISOString() }
			}
		);
		const { tokenHash: _tokenHash, ...apiToken } = row;
		return { token, apiToken };
	});
}
