import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { territoryFields } from './inputs';
import { assertCan, standingIn } from './policy';
import {
	findTerritoryBySlug,
	type TerritoryRow,
	territoryBySlugOrNotFound,
	wouldCreateCycle
} from './queries';
import { territoriesTable } from './schema';

export const updateTerritoryInput = z.object(territoryFields).partial();
export type UpdateTerritoryOptions = z.input<typeof updateTerritoryInput> & { slug: string };

/**
 * Edits a territory's details (owners and editors). Changing its parent also needs the
 * right to attach a child under the new parent, and may never make a territory its own
 * ancestor. The slug does not change with the name: links stay valid.
 */
export async function updateTerritory(
	ctx: UseCaseContext,
	options: UpdateTerritoryOptions
): Promise<TerritoryRow> {
	const target = slug.parse(options.slug);
	const input = updateTerritoryInput.parse(options);
	const now = clock(ctx);
	return ctx.db.transaction(async (tx) => {
		const territory = await territoryBySlugOrNotFound(tx, target);
		assertCan(ctx.actor, 'territory.update', await standingIn(tx, ctx.actor, territory.id));
		let parentId = territory.parentId;
		if ('parent' in options) {
			parentId = null;
			if (input.parent) {
				const parent = await findTerritoryBySlug(tx, input.parent);
				if (!parent) {
					throw invalid({ parent: 'territories_error_parent_unknown' });
				}
				if (parent.id !== territory.parentId) {
					if (parent.id === territory.id || (await wouldCreateCycle(tx, territory.id, parent.id))) {
						throw invalid({ parent: 'territories_error_parent_cycle' });
					}
					assertCan(
						ctx.actor,
						'territory.attach-child',
						await standingIn(tx, ctx.actor, parent.id)
					);
				}
				parentId = parent.id;
			}
		}
		// Only the fields the caller sent change (a PATCH may send one field); the
		// transforms would otherwise turn a missing population into null.
		const given = (field: keyof typeof territoryFields): boolean => field in options;
		const changes = {
			name: given('name') ? input.name : undefined,
			kind: given('kind') ? input.kind : undefined,
			country: given('country') ? input.country : undefined,
			population: given('population') ? input.population : undefined,
			languages: given('languages') ? input.languages : undefined,
			parentId
		};
		const summary = diff(territory, changes);
		const [updated] = await tx
			.update(territoriesTable)
			.set({ ...changes, updatedAt: now })
			.where(eq(territoriesTable.id, territory.id))
			.returning();
		if (!updated) {
			throw new Error('updateTerritory: the update returned nothing');
		}
		if (Object.keys(summary).length > 0) {
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'territories.update-territory',
					territoryId: territory.id,
					targetType: 'territory',
					targetId: territory.id,
					summary
				}
			);
		}
		return updated;
	});
}
