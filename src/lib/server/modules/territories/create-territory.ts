import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { territoryFields } from './inputs';
import { assertCan, standingIn } from './policy';
import { findTerritoryBySlug, slugsLike, type TerritoryRow } from './queries';
import { membershipsTable, territoriesTable } from './schema';
import { firstFreeSlug, slugify } from './slug';

export const createTerritoryInput = z.object(territoryFields);
export type CreateTerritoryOptions = z.input<typeof createTerritoryInput>;

/**
 * Creates a territory; a signed-in creator becomes its owner. A parent, if given, must
 * be one where the creator is at least an editor (or the system, for demo data).
 */
export async function createTerritory(
	ctx: UseCaseContext,
	options: CreateTerritoryOptions
): Promise<TerritoryRow> {
	assertCan(ctx.actor, 'territory.create');
	const input = createTerritoryInput.parse(options);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		let parentId: string | null = null;
		if (input.parent) {
			const parent = await findTerritoryBySlug(tx, input.parent);
			if (!parent) {
				throw invalid({ parent: 'territories_error_parent_unknown' });
			}
			assertCan(ctx.actor, 'territory.attach-child', await standingIn(tx, ctx.actor, parent.id));
			parentId = parent.id;
		}
		const base = slugify(input.name);
		const slug = firstFreeSlug(base, await slugsLike(tx, base));
		const [territory] = await tx
			.insert(territoriesTable)
			.values({
				slug,
				name: input.name,
				kind: input.kind,
				country: input.country,
				population: input.population,
				languages: input.languages,
				parentId,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!territory) {
			throw new Error('createTerritory: the insert returned nothing');
		}
		if (ctx.actor.kind === 'user') {
			await tx.insert(membershipsTable).values({
				territoryId: territory.id,
				userId: ctx.actor.userId,
				role: 'owner',
				createdAt: now
			});
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'territories.create-territory',
				territoryId: territory.id,
				targetType: 'territory',
				targetId: territory.id,
				summary: {
					name: input.name,
					kind: input.kind,
					country: input.country,
					parent: input.parent
				}
			}
		);
		return territory;
	});
}
