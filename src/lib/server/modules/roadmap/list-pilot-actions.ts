import { desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import type { TerritoryRow } from '../territories/queries';
import { canPilot } from './policy';
import { pilotTerritory, type PilotRow } from './pilot-target';
import { pilotActionsTable } from './schema';

export interface PilotList {
	territory: TerritoryRow;
	pilots: PilotRow[];
	canCreate: boolean;
}

/** A territory's pilot actions, the most recently changed first. */
export async function listPilotActions(
	ctx: UseCaseContext,
	input: { slug: string }
): Promise<PilotList> {
	if (!slug.safeParse(input.slug).success) {
		throw notFound();
	}
	const { territory, standing } = await pilotTerritory(ctx, input.slug, 'pilot.view');
	const pilots = await ctx.db
		.select()
		.from(pilotActionsTable)
		.where(eq(pilotActionsTable.territoryId, territory.id))
		.orderBy(desc(pilotActionsTable.updatedAt), pilotActionsTable.title);
	return { territory, pilots, canCreate: canPilot(ctx.actor, 'pilot.edit', standing) };
}
