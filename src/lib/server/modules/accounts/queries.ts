import { eq, sql } from 'drizzle-orm';
import type { UserActor } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { usersTable } from './schema';

export type UserRow = typeof usersTable.$inferSelect;

/** Emails are unique case-insensitively (index on lower(email)); look-ups follow suit. */
export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
	const [user] = await db
		.select()
		.from(usersTable)
		.where(eq(sql`lower(${usersTable.email})`, email.trim().toLowerCase()))
		.limit(1);
	return user ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
	const [user] = await db.select().from(usersTable).where(eq(usersTable.id, id)).limit(1);
	return user ?? null;
}

export function userActor(user: UserRow): UserActor {
	return {
		kind: 'user',
		userId: user.id,
		displayName: user.displayName,
		email: user.email,
		platformRole: user.platformRole
	};
}

/**
 * True when `error` (or the error it wraps: drizzle wraps driver errors) is PostgreSQL's
 * unique violation on `constraint`. Both drivers expose `code` and `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const fields = current as { code?: unknown; constraint?: unknown; cause?: unknown };
		if (fields.code === '23505' && fields.constraint === constraint) {
			return true;
		}
		current = fields.cause;
	}
	return false;
}
