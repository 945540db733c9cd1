import { randomBytes } from 'node:crypto';
import {
	type Actor,
	type UseCaseContext,
	type UserActor,
	anonymous
} from '../../../platform/actor';
import type { DbOrTx } from '../../../platform/db/client';
import { membershipsTable, territoriesTable } from '../../territories/schema';
import { hashPassword } from '../password-hashing';
import { type UserRow, userActor } from '../queries';
import { usersTable } from '../schema';

/** The password of every user built here unless a test chooses another. */
export const knownPassword = 'correct horse battery staple';

const unique = (): string => randomBytes(4).toString('hex');

export interface UserOverrides {
	email?: string;
	displayName?: string;
	password?: string;
	locale?: 'en' | 'fr';
	platformRole?: 'admin' | 'moderator' | null;
}

export interface BuiltUser {
	user: UserRow;
	actor: UserActor;
	password: string;
}

/** Inserts an account directly (no audit entry), with a real argon2id hash. */
export async function buildUser(db: DbOrTx, overrides: UserOverrides = {}): Promise<BuiltUser> {
	const id = unique();
	const password = overrides.password ?? knownPassword;
	const [user] = await db
		.insert(usersTable)
		.values({
			email: overrides.email ?? `person-${id}@example.org`,
			displayName: overrides.displayName ?? `Person ${id}`,
			passwordHash: await hashPassword(password),
			locale: overrides.locale ?? 'en',
			platformRole: overrides.platformRole ?? null
		})
		.returning();
	if (!user) {
		throw new Error('buildUser: the insert returned nothing');
	}
	return { user, actor: userActor(user), password };
}

/** A use case context on a test database; `now` makes the clock controllable. */
export function contextFor(db: DbOrTx, actor: Actor = anonymous, now?: () => Date): UseCaseContext {
	return { db, actor, requestId: `test-${unique()}`, ...(now ? { now } : {}) };
}

/** A clock a test can move forward: `const clock = testClock(); clock.advance(60_000)`. */
export function testClock(start = new Date('2030-01-15T09:00:00Z')): {
	now: () => Date;
	advance: (ms: number) => void;
} {
	let current = start;
	return {
		now: () => current,
		advance: (ms) => {
			current = new Date(current.getTime() + ms);
		}
	};
}

export type TerritoryRow = typeof territoriesTable.$inferSelect;

/**
 * A territory row, for tests of this module that need one (erasure, export). The
 * territories module owns the real use cases; this only writes the columns they need.
 */
export async function buildTerritory(
	db: DbOrTx,
	overrides: { name?: string; slug?: string } = {}
): Promise<TerritoryRow> {
	const id = unique();
	const [territory] = await db
		.insert(territoriesTable)
		.values({
			slug: overrides.slug ?? `territory-${id}`,
			name: overrides.name ?? `Territory ${id}`,
			kind: 'municipality',
			country: 'FR'
		})
		.returning();
	if (!territory) {
		throw new Error('buildTerritory: the insert returned nothing');
	}
	return territory;
}

export async function buildMembership(
	db: DbOrTx,
	options: {
		user: UserRow;
		role: 'owner' | 'editor' | 'contributor' | 'viewer';
		territory?: TerritoryRow;
	}
): Promise<TerritoryRow> {
	const territory = options.territory ?? (await buildTerritory(db));
	await db
		.insert(membershipsTable)
		.values({ territoryId: territory.id, userId: options.user.id, role: options.role });
	return territory;
}
