import { and, asc, eq, gt } from 'drizzle-orm';
import { type UseCaseContext, clock } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import { membershipsTable, territoriesTable } from '../territories/schema';
import type { ApiTokenRow } from './create-api-token';
import { type Profile, getProfile } from './get-profile';
import { apiTokenColumns } from './list-api-tokens';
import { apiTokensTable, sessionsTable } from './schema';

export interface AccountExport {
	exportedAt: Date;
	profile: Profile;
	memberships: {
		territoryId: string;
		territorySlug: string;
		territoryName: string;
		role: 'owner' | 'editor' | 'contributor' | 'viewer';
		since: Date;
	}[];
	apiTokens: ApiTokenRow[];
	sessions: { createdAt: Date; expiresAt: Date; userAgent: string | null }[];
	auditEntries: {
		at: Date;
		action: string;
		targetType: string;
		targetId: string | null;
		territoryId: string | null;
		summary: Record<string, unknown>;
	}[];
}

/**
 * Everything stored about the signed-in account (GDPR right of access and portability).
 * Secrets are left out: the password hash and the hashes of tokens and sessions.
 */
export async function exportAccount(ctx: UseCaseContext): Promise<AccountExport> {
	const profile = await getProfile(ctx);
	const userId = profile.id;
	const now = clock(ctx);
	const memberships = await ctx.db
		.select({
			territoryId: territoriesTable.id,
			territorySlug: territoriesTable.slug,
			territoryName: territoriesTable.name,
			role: membershipsTable.role,
			since: membershipsTable.createdAt
		})
		.from(membershipsTable)
		.innerJoin(territoriesTable, eq(territoriesTable.id, membershipsTable.territoryId))
		.where(eq(membershipsTable.userId, userId))
		.orderBy(asc(territoriesTable.name));
	const apiTokens = await ctx.db
		.select(apiTokenColumns)
		.from(apiTokensTable)
		.where(eq(apiTokensTable.userId, userId))
		.orderBy(asc(apiTokensTable.createdAt));
	const sessions = await ctx.db
		.select({
			createdAt: sessionsTable.createdAt,
			expiresAt: sessionsTable.expiresAt,
			userAgent: sessionsTable.userAgent
		})
		.from(sessionsTable)
		.where(and(eq(sessionsTable.userId, userId), gt(sessionsTable.expiresAt, now)))
		.orderBy(asc(sessionsTable.createdAt));
	const auditEntries = await ctx.db
		.select({
			at: auditEntriesTable.at,
			action: auditEntriesTable.action,
			targetType: auditEntriesTable.targetType,
			targetId: auditEntriesTable.targetId,
			territoryId: auditEntriesTable.territoryId,
			summary: auditEntriesTable.summary
		})
		.from(auditEntriesTable)
		.where(eq(auditEntriesTable.actorId, userId))
		.orderBy(asc(auditEntriesTable.at), asc(auditEntriesTable.id));
	return { exportedAt: now, profile, memberships, apiTokens, sessions, auditEntries };
}
