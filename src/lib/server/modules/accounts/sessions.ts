import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { UserActor } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { hashToken, newToken } from '../../platform/secrets';
import { apiTokensTable, sessionsTable, usersTable } from './schema';

export const sessionCookieName = 'territoria_session';
export const apiTokenPrefix = 'terr_';

export interface NewSession {
	token: string;
	sessionId: string;
	expiresAt: Date;
}

/** Starts a browser session; the caller puts `token` in the cookie. */
export async function openSession(
	db: DbOrTx,
	options: { userId: string; userAgent: string | null; days: number; now: Date }
): Promise<NewSession> {
	const token = newToken();
	const sessionId = hashToken(token);
	const expiresAt = new Date(options.now.getTime() + options.days * 86_400_000);
	await db.insert(sessionsTable).values({
		id: sessionId,
		userId: options.userId,
		expiresAt,
		userAgent: options.userAgent?.slice(0, 300) ?? null
	});
	return { token, sessionId, expiresAt };
}

function toActor(row: {
	id: string;
	displayName: string;
	email: string;
	platformRole: 'admin' | 'moderator' | null;
}): UserActor {
	return {
		kind: 'user',
		userId: row.id,
		displayName: row.displayName,
		email: row.email,
		platformRole: row.platformRole
	};
}

const actorColumns = {
	id: usersTable.id,
	displayName: usersTable.displayName,
	email: usersTable.email,
	platformRole: usersTable.platformRole
};

/** The actor behind a session cookie, or null when it is unknown or expired. */
export async function resolveSession(
	db: DbOrTx,
	token: string,
	now: Date
): Promise<{ actor: UserActor; sessionId: string } | null> {
	const sessionId = hashToken(token);
	const [row] = await db
		.select(actorColumns)
		.from(sessionsTable)
		.innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
		.where(and(eq(sessionsTable.id, sessionId), gt(sessionsTable.expiresAt, now)))
		.limit(1);
	return row ? { actor: toActor(row), sessionId } : null;
}

/** The actor behind a personal API token, or null when unknown, revoked or expired. */
export async function resolveApiToken(
	db: DbOrTx,
	token: string,
	now: Date
): Promise<UserActor | null> {
	if (!token.startsWith(apiTokenPrefix)) {
		return null;
	}
	const tokenHash = hashToken(token);
	const [row] = await db
		.select({ ...actorColumns, tokenId: apiTokensTable.id })
		.from(apiTokensTable)
		.innerJoin(usersTable, eq(usersTable.id, apiTokensTable.userId))
		.where(
			and(
				eq(apiTokensTable.tokenHash, tokenHash),
				isNull(apiTokensTable.revokedAt),
				gt(apiTokensTable.expiresAt, now)
			)
		)
		.limit(1);
	if (!row) {
		return null;
	}
	await db
		.update(apiTokensTable)
		.set({ lastUsedAt: now })
		.where(eq(apiTokensTable.id, row.tokenId));
	return toActor(row);
}

export async function closeSession(db: DbOrTx, sessionId: string): Promise<void> {
	await db.delete(sessionsTable).where(eq(sessionsTable.id, sessionId));
}

/** Ends every session of an account, e.g. after a password change or reset. */
export async function closeAllSessions(db: DbOrTx, userId: string): Promise<void> {
	await db.delete(sessionsTable).where(eq(sessionsTable.userId, userId));
}

/** Ends every session of an account but one (the one changing its password). */
export async function closeOtherSessions(
	db: DbOrTx,
	userId: string,
	keepSessionId: string | null
): Promise<void> {
	await db
		.delete(sessionsTable)
		.where(
			keepSessionId
				? and(eq(sessionsTable.userId, userId), ne(sessionsTable.id, keepSessionId))
				: eq(sessionsTable.userId, userId)
		);
}
