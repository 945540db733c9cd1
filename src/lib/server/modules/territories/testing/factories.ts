import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/client';
import type { MemberRole } from '../policy';
import type { TerritoryRow } from '../queries';
import { membershipsTable, territoriesTable } from '../schema';

const unique = (): string => randomBytes(4).toString('hex');

export interface TerritoryOverrides {
	name?: string;
	slug?: string;
	kind?: TerritoryRow['kind'];
	country?: string;
	parent?: TerritoryRow | null;
	population?: number | null;
}

/** Inserts a territory directly (no audit entry, no owner): add members with addMember. */
export async function buildTerritory(
	db: DbOrTx,
	overrides: TerritoryOverrides = {}
): Promise<TerritoryRow> {
	const id = unique();
	const [territory] = await db
		.insert(territoriesTable)
		.values({
			slug: overrides.slug ?? `territory-${id}`,
			name: overrides.name ?? `Territory ${id}`,
			kind: overrides.kind ?? 'municipality',
			country: overrides.country ?? 'FR',
			parentId: overrides.parent?.id ?? null,
			population: overrides.population ?? null
		})
		.returning();
	if (!territory) {
		throw new Error('buildTerritory: the insert returned nothing');
	}
	return territory;
}

export async function addMember(
	db: DbOrTx,
	options: { territory: TerritoryRow; userId: string; role: MemberRole }
): Promise<void> {
	await db
		.insert(membershipsTable)
		.values({ territoryId: options.territory.id, userId: options.userId, role: options.role });
}
